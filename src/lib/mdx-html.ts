/**
 * The HTML of a content text written in MDX, made once when the content is loaded instead of
 * through a JavaScript module per file.
 *
 * Content may hold no code and no components (src/lib/mdx-safety.ts), so an MDX text is
 * Markdown plus literal HTML elements, and its HTML never depends on the page that shows it.
 * Turning each text into a module would make the bundler compile, hold and load thousands of
 * modules (about half of a large build, docs/performance.md); this parses the same MDX with the
 * same parser (Sätteri) and serialises its tree, so the text is rendered by the same rules and
 * Astro keeps the HTML in its content cache between builds.
 *
 * The safety rules are applied again here, by construction: a node they refuse is an error, so
 * nothing the content check would refuse can reach a page, even in `astro dev`.
 */
import { mdxToHast, type HastNode } from 'satteri';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import Slugger from 'github-slugger';
import type { Element, ElementContent, Nodes } from 'hast';
import { ESM_PROBLEM, checkElement, checkExpression, checkUrl, type JsxAttribute } from './mdx-safety.ts';

/** Nodes of an MDX tree that plain HTML trees do not have. */
interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: HastNode[];
}

/** Element properties that hold an address, checked as the safety rules check links and images. */
const ADDRESS_PROPERTIES = ['href', 'src'];

/** A refused node: the content check reports it with its line; this only has to stop it. */
class UnsafeContent extends Error {}

function refuse(problem: string | undefined): void {
  if (problem) throw new UnsafeContent(problem);
}

/** The node as a plain HTML tree, or nothing for an MDX comment. */
function plain(node: HastNode): ElementContent[] {
  switch (node.type) {
    case 'mdxjsEsm':
      throw new UnsafeContent(ESM_PROBLEM);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      refuse(checkExpression((node as { value: string }).value));
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const jsx = node as unknown as MdxJsxNode;
      for (const problem of checkElement(jsx.name, jsx.attributes)) refuse(problem);
      const children = jsx.children.flatMap(plain);
      // A fragment <>…</> has no name: its children stand for it.
      if (jsx.name === null) return children;
      const attributes = Object.fromEntries(jsx.attributes.map((attribute) => [attribute.name!, attribute.value === null || attribute.value === undefined ? true : String(attribute.value)]));
      return [h(jsx.name, attributes, children)];
    }
    case 'element': {
      const element = node as unknown as { tagName: string; properties: Record<string, unknown>; children: HastNode[] };
      for (const property of ADDRESS_PROPERTIES) {
        const value = element.properties[property];
        if (typeof value === 'string') refuse(checkUrl(value));
      }
      return [{ ...(element as unknown as ElementContent & { type: 'element' }), children: element.children.flatMap(plain) }];
    }
    default:
      return [node as unknown as ElementContent];
  }
}

/** A heading of the text, as Astro lists the headings of a Markdown or MDX file. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const HEADING = /^h([1-6])$/;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** Gives each heading without an id the one Astro's MDX pipeline gives it (GitHub's slugs), so links to sections keep working. */
function identifyHeadings(nodes: readonly ElementContent[], slugger: Slugger, headings: Heading[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const depth = HEADING.exec(node.tagName)?.[1];
    if (depth) {
      const text = textOf(node);
      const id = node.properties.id;
      const slug = typeof id === 'string' ? id : slugger.slug(text);
      (node as Element).properties.id = slug;
      headings.push({ depth: Number(depth), slug, text });
    } else identifyHeadings(node.children, slugger, headings);
  }
}

/**
 * The HTML of an MDX text (without its front matter) and its headings. Throws an error naming
 * the first thing the safety rules refuse; `npm run check` and the build's content gate report
 * every one, with its line, before this runs.
 */
export function mdxToHtml(text: string): { html: string; headings: Heading[] } {
  // Astro's defaults for MDX (astro.config.mjs leaves them as they are): GitHub-flavoured Markdown and smart punctuation.
  const tree = mdxToHast(text, { position: false, features: { gfm: true, smartPunctuation: true } }) as unknown as { children: HastNode[] };
  const children = tree.children.flatMap(plain);
  const headings: Heading[] = [];
  identifyHeadings(children, new Slugger(), headings);
  return { html: toHtml({ type: 'root', children } as Nodes), headings };
}
