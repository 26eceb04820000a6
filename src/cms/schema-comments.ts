/**
 * The one-line comment above each schema field, read from the source of src/schemas/*.ts with
 * the TypeScript parser. The comments stay the single place where a field is explained: the
 * CMS shows them as hints, and nobody has to repeat them in a `.describe()`.
 *
 * A group of fields in the source (the object literal given to `fileObject`, `z.object`,
 * `z.strictObject`, or kept in a constant such as a session's facts) is matched to a schema
 * object at run time by its field names: the schema built from it has exactly those fields,
 * however it was assembled.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Comment of each field of one group of fields, by field name. */
export type FieldComments = ReadonlyMap<string, string>;

/** Calls whose first argument is the object literal of a schema's fields. */
const objectBuilders = new Set(['fileObject', 'object', 'strictObject', 'looseObject']);

/** The key of a group of fields: its field names, sorted. */
export const fieldSetKey = (names: Iterable<string>) => [...names].sort().join(',');

/** The commented groups of fields of the TypeScript files at `paths`, by fieldSetKey. */
export function schemaComments(paths: readonly string[]): Map<string, FieldComments> {
  const found = new Map<string, Map<string, string>>();
  for (const path of paths) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      // Refinements and other functions build no schema fields.
      if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) return;
      if (ts.isObjectLiteralExpression(node) && isFieldGroup(node)) record(node, source, found);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** An object literal of fields: a builder's argument, or a top-level constant's value. */
function isFieldGroup(node: ts.ObjectLiteralExpression): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.arguments[0] === node) {
    const callee = parent.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    return objectBuilders.has(name);
  }
  return ts.isVariableDeclaration(parent) && ts.isSourceFile(parent.parent.parent.parent);
}

function record(group: ts.ObjectLiteralExpression, source: ts.SourceFile, into: Map<string, Map<string, string>>): void {
  const names: string[] = [];
  const comments = new Map<string, string>();
  for (const property of group.properties) {
    if (!(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property))) return; // a spread: not a plain group of fields
    const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
    if (!name) return;
    names.push(name);
    const comment = docComment(property, source);
    if (comment) comments.set(name, comment);
  }
  if (comments.size === 0) return;
  const key = fieldSetKey(names);
  // Two groups with the same fields: the first comment of each field wins.
  const known = into.get(key) ?? new Map<string, string>();
  for (const [name, comment] of comments) if (!known.has(name)) known.set(name, comment);
  into.set(key, known);
}

/** The text of the `/** … *\/` comment just above `node`, on one line. */
function docComment(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.findLast((range) => source.text.startsWith('/**', range.pos));
  if (!last) return undefined;
  return source.text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}
