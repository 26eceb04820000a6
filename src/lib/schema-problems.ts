/**
 * A schema's verdict on one file as editors' problems: the field, what was found and what
 * is expected. Shared by `npm run check` (src/lib/content-reader.ts) and the build's
 * entry folders (src/schemas/entry-folder.ts), so both word a mistake the same way.
 */
import type { z } from 'astro/zod';
import { shown } from '../schemas/fields.ts';
import type { ContentProblem } from './integrity.ts';

/** Every problem `schema` finds in `data` (none when it is valid), or the parsed data. */
export function validate<T>(file: string, schema: z.ZodType<T>, data: unknown): { data: T; problems: [] } | { data?: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueProblems(file, schema, issue)) };
}

/** `audiences[0]`, `registration.url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('') || '(file)';
}

function issueProblems(file: string, schema: z.ZodType, issue: z.core.$ZodIssue): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => ({
      file,
      field: fieldName([...issue.path, key]),
      found: 'a field this kind of file does not have (misspelt?)',
      expected: known.length ? `one of the fields ${known.join(', ')}` : 'no such field',
    }));
  }
  // The schemas write their messages as "expected …, found …" (src/schemas/fields.ts).
  const parts = /^expected ([\s\S]+), found ([\s\S]+)$/.exec(issue.message);
  return [{ file, field: fieldName(issue.path), found: parts ? parts[2]! : shown(issue.input), expected: parts ? parts[1]! : issue.message }];
}

/** The field names an object at `path` of `schema` may have, for "did you mean" messages. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    while (node && ['optional', 'default', 'prefault', 'pipe'].includes(node.def.type)) {
      const def = node.def as { innerType?: z.ZodType; in?: z.ZodType };
      node = def.innerType ?? def.in;
    }
    if (!node) return [];
    if (key === undefined) break;
    const def = node.def as { type: string; element?: z.ZodType; valueType?: z.ZodType };
    if (def.type === 'object') node = (node as unknown as z.ZodObject).shape[String(key)] as z.ZodType | undefined;
    else node = def.element ?? def.valueType;
  }
  return node?.def.type === 'object' ? Object.keys((node as unknown as z.ZodObject).shape) : [];
}
