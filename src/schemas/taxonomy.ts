/**
 * Small lists editors can extend without code: audiences (`content/audiences/`),
 * formats (`content/formats/`) and themes (`content/themes/`), one YAML file each.
 */
import { z } from 'astro/zod';
import { expected, fileObject, localizedText } from './fields.ts';

export const taxonomySchema = fileObject({
  /** Short label per language, shown on badges and filters. */
  label: localizedText,
  /** One sentence per language saying what or who this is. */
  description: localizedText.optional(),
  /** Position in lists (smaller first). */
  order: z.number({ error: expected('a number, e.g. 1') }).int(),
  /** true when the wording is not yet confirmed. */
  provisional: z.boolean().default(false),
});

export type TaxonomyData = z.output<typeof taxonomySchema>;
