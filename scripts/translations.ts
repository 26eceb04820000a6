/**
 * `npm run translations [-- --strict]`: per language, the texts that are missing and those
 * whose source-language file changed after them. With --strict, exits non-zero if any.
 */
import { parseArgs } from 'node:util';
import { contentFolder } from '../src/lib/content-reader.ts';
import { translationReport } from '../src/lib/translation-report.ts';
import { formatTranslationStatus, hasGaps } from '../src/lib/translation-status.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
const dir = contentFolder();
const report = await translationReport(dir);
if (!report) {
  console.error(`${dir}/conference.yaml cannot be read; run "npm run check" to see why.`);
  process.exit(1);
}
console.log(formatTranslationStatus(report.statuses, { sourceLocale: report.sourceLocale, shownDir: dir, historyUnavailable: report.historyUnavailable }));
if (values.strict && hasGaps(report.statuses)) process.exitCode = 1;
