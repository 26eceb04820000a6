/**
 * `content/i18n/<lang>.yaml`: a conference's own interface strings, grouped as in
 * src/i18n/ui/en.json (e.g. `nav:` then `  home: "Accueil"`). Any group of texts is accepted
 * here; src/i18n/dictionaries.ts then checks it key by key against the English dictionary,
 * with the language's plural forms, in the build and in `npm run check` alike.
 */
import { z } from 'astro/zod';

export const dictionaryFileSchema = z.record(z.string(), z.unknown());
