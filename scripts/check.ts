/**
 * `npm run check`: validates every file of the content folder (CONFERENCE_CONTENT, else
 * content/) and prints every problem at once, without building the site.
 */
import { checkContent, contentFolder } from '../src/lib/content-reader.ts';
import { formatProblems } from '../src/lib/integrity.ts';
import { checkMdxBody } from '../src/integrations/mdx-body.ts';

const dir = contentFolder();
const problems = await checkContent(dir, dir, checkMdxBody);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error('\nWhat each message means and how to fix it: docs/editing.md, "When something is wrong" (en français : docs/editing.fr.md, « En cas de problème, les messages d’erreur »).');
  process.exitCode = 1;
} else {
  console.log(`${dir}: no problems found.`);
}
