/**
 * Check and build read content through the same rules: before Astro loads a single
 * collection, the build runs `npm run check` on the content folder (src/lib/content-reader.ts,
 * with the MDX compile of src/integrations/mdx-body.ts) and stops with its message when
 * anything is wrong. So a file the site does not read, a file that is not UTF-8 or an
 * impossible date stops the build exactly as it stops the check, with the same words and no
 * stack trace. `astro dev` starts only on content that passes, for the same reason: Astro's
 * own loading would stop on the first mistake with a stack trace. (For mistakes made while the
 * dev server runs, `npm run check` gives the full list.)
 */
import type { AstroIntegration } from 'astro';
import { checkContent, contentFolder } from '../lib/content-reader.ts';
import { formatProblems } from '../lib/integrity.ts';
import { checkMdxBody } from './mdx-body.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'conference-site:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const dir = contentFolder();
        const problems = await checkContent(dir, dir, checkMdxBody);
        if (problems.length === 0) return;
        logger.error(`${formatProblems(problems)}\n\nWhat each message means and how to fix it: docs/editing.md, "When something is wrong".`);
        // An editor's mistake, not a program error: no stack trace, only the message above.
        process.exit(1);
      },
    },
  };
}
