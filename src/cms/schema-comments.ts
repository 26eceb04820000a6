/**
 * The one-line comment above each schema field, read from the source of src/schemas/*.ts with
 * the TypeScript parser. The comments stay the single place where a field is explained: the
 * CMS shows them as hints, and nobody has to repeat them in a `.describe()`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Comment of each field of one exported schema, by dotted path: `registration.deadline` → "Last moment to register…". */
export type FieldComments = ReadonlyMap<string, string>;

/** Calls whose first argument is the object literal of a schema's fields. */
const objectBuilders = new Set(['fileObject', 'object', 'strictObject', 'looseObject']);

/** The field comments of every exported constant of the TypeScript file at `path`, by export name. */
export function schemaComments(path: string): Map<string, FieldComments> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map<string, FieldComments>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const comments = new Map<string, string>();
      collect(declaration.initializer, '', comments, source);
      found.set(declaration.name.text, comments);
    }
  }
  return found;
}

function collect(expression: ts.Node, prefix: string, into: Map<string, string>, source: ts.SourceFile): void {
  const shape = shapeLiteral(expression);
  if (!shape) return;
  for (const property of shape.properties) {
    if (!(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) || !property.name) continue;
    const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
    if (!name) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    const comment = docComment(property, source);
    if (comment) into.set(path, comment);
    if (ts.isPropertyAssignment(property)) collect(property.initializer, path, into, source);
  }
}

/**
 * The object literal of fields inside a schema expression such as
 * `fileObject({...}).superRefine(...)`, `z.array(z.strictObject({...})).optional()`: the
 * method chain and call arguments are searched, function bodies (refinements) are not.
 */
function shapeLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return shapeLiteral(node.expression);
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  const calleeName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const [first] = node.arguments;
  if (calleeName && objectBuilders.has(calleeName) && first && ts.isObjectLiteralExpression(first)) return first;
  if (ts.isPropertyAccessExpression(callee)) {
    const inChain = shapeLiteral(callee.expression);
    if (inChain) return inChain;
  }
  for (const argument of node.arguments) {
    const inArgument = shapeLiteral(argument);
    if (inArgument) return inArgument;
  }
  return undefined;
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
