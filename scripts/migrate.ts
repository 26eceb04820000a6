/**
 * `npm run migrate [-- <folder>]`: converts a content folder (CONFERENCE_CONTENT, else
 * content/) from the earlier layout (sessions/<id>/session.yaml + <lang>.mdx, home/<lang>.mdx,
 * letter/<lang>.mdx) to one index.<lang>.mdx per language (src/lib/migrate-layout.ts), then
 * checks the result as `npm run check` does.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkContent, contentFolder, encodingProblems, readContentFiles, textsOf } from '../src/lib/content-reader.ts';
import { formatProblems } from '../src/lib/integrity.ts';
import { migrateLayout } from '../src/lib/migrate-layout.ts';
import { checkMdxBody } from '../src/integrations/mdx-body.ts';

const dir = process.argv[2] ?? contentFolder();
const files = await readContentFiles(dir);
const unreadable = encodingProblems(files, dir);
if (unreadable.length) {
  console.error(`Nothing was changed in ${dir}; first save these files as UTF-8:\n${formatProblems(unreadable)}`);
  process.exit(1);
}
const { write, remove, refusals } = migrateLayout(textsOf(files));
if (refusals.length) {
  console.error(`Nothing was changed in ${dir}; first fix:\n${refusals.map((reason) => `  ${dir}/${reason}`).join('\n')}`);
  process.exit(1);
}
if (!remove.length) {
  console.log(`${dir} already uses the current layout: nothing to convert.`);
  process.exit(0);
}
for (const [path, text] of write) {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), text, { flag: 'wx' });
}
for (const path of remove) await rm(join(dir, path));
console.log(`${dir}: ${remove.length} files converted into ${write.size} (one index.<lang>.mdx per language).`);

const problems = await checkContent(dir, dir, checkMdxBody);
if (problems.length) {
  console.error(`\n${formatProblems(problems)}`);
  process.exitCode = 1;
} else console.log(`${dir}: no problems found. Review the change (git status) and commit it.`);
