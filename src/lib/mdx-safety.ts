/**
 * What MDX content may contain. Content is committed by editors, possibly through pull
 * requests from outside, so an MDX file must not be able to run code: no import/export,
 * no JavaScript expressions, no scripts or styles, no event handlers, no javascript: links,
 * and only the components the site itself passes to `<Content components={…} />`.
 *
 * Pure checks; the Sätteri plugin that walks each file is src/integrations/safe-mdx.ts.
 */

/**
 * Components the site provides to MDX content. Views pass exactly these to
 * `<Content components={…} />`; every other capitalised tag is rejected. None yet.
 */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** Plain HTML elements an editor may write where Markdown has no syntax for it. */
export const ALLOWED_HTML_ELEMENTS: readonly string[] = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details',
  'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

/** URL schemes a link or image may use; addresses without a scheme (paths on this site) are fine too. */
const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'];

/** Attributes whose value is loaded or followed as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'srcset', 'poster', 'action', 'formaction', 'xlink:href']);

const USE_MARKDOWN = 'write it in Markdown instead';

/** Why an element is refused, where a general "not in the list" would not help the editor. */
const ELEMENT_REASONS: Record<string, string> = {
  script: 'scripts cannot run in content; ask a developer if the page needs behaviour',
  style: 'styles come from the site\'s stylesheet; use Markdown emphasis, lists and headings',
  iframe: 'embedded pages are not allowed; link to the page with [text](https://…) instead',
};

/** Attribute as the MDX parser gives it: a name and a string, an expression, or nothing. */
export interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

const listOf = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none yet');

/** The scheme of an address the way a browser reads it: spaces and control characters ignored. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A problem with an address, or undefined when it may be used. */
export function checkUrl(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || ALLOWED_SCHEMES.includes(scheme)) return undefined;
  return `the address "${url.trim().slice(0, 60)}" uses "${scheme}:", which is not allowed; use an ${listOf(ALLOWED_SCHEMES.map((s) => `${s}:`))} address or a path on this site`;
}

/** `{/* … *\/}` holds only a comment: it produces nothing and runs nothing. */
const ONLY_A_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** A problem with a `{…}` expression, or undefined for an MDX comment. */
export function checkExpression(code: string): string | undefined {
  if (ONLY_A_COMMENT.test(code)) return undefined;
  return `JavaScript expressions {…} are not allowed; to show braces as text, put a backslash before each: \\{2021\\}; to format text, ${USE_MARKDOWN} (an MDX comment {/* … */} is fine)`;
}

export const ESM_PROBLEM = `import and export are not allowed in content; the site provides its components itself (${listOf(ALLOWED_COMPONENTS)})`;

export const RAW_HTML_PROBLEM = `raw HTML is not allowed in Markdown content; ${USE_MARKDOWN}`;

/** Problems with one JSX element: the tag itself, then each attribute. */
export function checkElement(name: string | null, attributes: readonly JsxAttribute[]): string[] {
  const problems: string[] = [];
  if (name !== null) {
    const tag = `<${name}>`;
    const isComponent = /^[A-Z]|[.:]/.test(name);
    if (ELEMENT_REASONS[name]) problems.push(`${tag} is not allowed: ${ELEMENT_REASONS[name]}`);
    else if (isComponent && !ALLOWED_COMPONENTS.includes(name)) {
      problems.push(`the component ${tag} is not one the site provides; allowed components: ${listOf(ALLOWED_COMPONENTS)}`);
    } else if (!isComponent && !ALLOWED_HTML_ELEMENTS.includes(name)) {
      problems.push(`the element ${tag} is not allowed; ${USE_MARKDOWN}, or use one of: ${ALLOWED_HTML_ELEMENTS.join(', ')}`);
    }
  }
  for (const attribute of attributes) problems.push(...checkAttribute(attribute));
  return problems;
}

function checkAttribute(attribute: JsxAttribute): string[] {
  if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
    return [`attribute expressions {…} are not allowed; write attributes as name="text"`];
  }
  const { name, value } = attribute;
  const problems: string[] = [];
  if (/^on/i.test(name)) problems.push(`the event-handler attribute ${name} is not allowed: scripts cannot run in content`);
  if (name.toLowerCase() === 'style') problems.push(`the style attribute is not allowed: the site's security policy blocks inline styles; ${USE_MARKDOWN}`);
  if (value !== null && typeof value === 'object') {
    problems.push(`the attribute ${name}={…} holds a JavaScript expression, which is not allowed; write ${name}="text"`);
  } else if (typeof value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase())) {
    const candidates = name.toLowerCase() === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of candidates) {
      const problem = checkUrl(url);
      if (problem) problems.push(`${name}: ${problem}`);
    }
  }
  return problems;
}

export interface ContentProblem {
  line: number | undefined;
  column: number | undefined;
  message: string;
}

/** One build error for a file: every problem with its line, then what content may contain. */
export function describeProblems(file: string, problems: readonly ContentProblem[]): string {
  const at = (problem: ContentProblem) => `${file}:${problem.line ?? '?'}:${problem.column ?? '?'}`;
  return [
    `${file} contains something content may not contain:`,
    ...problems.map((problem) => `  ${at(problem)}: ${problem.message}`),
    `Content may use Markdown, the HTML elements ${ALLOWED_HTML_ELEMENTS.join(', ')}, and the site's components (${listOf(ALLOWED_COMPONENTS)}).`,
  ].join('\n');
}
