/**
 * A Sätteri mdast plugin that fails the build when a content file could run code
 * (rules and messages: src/lib/mdx-safety.ts). Used in astro.config.mjs as
 * `markdown: { processor: satteri({ mdastPlugins: [safeMdx] }) }`, which MDX inherits.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { satteri } from '@astrojs/markdown-satteri';
import {
  ESM_PROBLEM,
  RAW_HTML_PROBLEM,
  checkElement,
  checkExpression,
  checkUrl,
  describeProblems,
  type ContentProblem,
  type JsxAttribute,
} from '../lib/mdx-safety.ts';

type MdastPluginEntry = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['mdastPlugins']>[number];

interface Located {
  position?: { start: { line: number; column: number } } | undefined;
}

/** A fresh plugin per file, so each file collects and reports its own problems. */
export const safeMdx: MdastPluginEntry = ({ fileURL }) => {
  const problems: ContentProblem[] = [];
  const note = (node: Located, message: string | undefined) => {
    if (message) problems.push({ line: node.position?.start.line, column: node.position?.start.column, message });
  };
  const element = (node: Located & { name: string | null; attributes: readonly JsxAttribute[] }) => {
    for (const message of checkElement(node.name, node.attributes)) note(node, message);
  };
  const expression = (node: Located & { value: string }) => note(node, checkExpression(node.value));
  const address = (node: Located & { url: string }) => note(node, checkUrl(node.url));
  return {
    name: 'safe-mdx',
    options: { position: true },
    mdxjsEsm: (node) => note(node, ESM_PROBLEM),
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
    link: address,
    image: address,
    definition: address,
    // Only plain Markdown (.md) has raw HTML nodes; comments produce nothing.
    html: (node) => note(node, /^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? undefined : RAW_HTML_PROBLEM),
    after: () => {
      if (problems.length === 0) return;
      const path = fileURL ? fileURLToPath(fileURL) : 'a Markdown file';
      const fromProject = relative(process.cwd(), path);
      const file = fromProject.startsWith('..') ? path : fromProject;
      // @astrojs/mdx reads `line` and `column` into the error's location; tools can read `problems`.
      const [{ line, column }] = problems as [ContentProblem];
      throw Object.assign(new Error(describeProblems(file, problems)), { line, column, problems });
    },
  };
};
