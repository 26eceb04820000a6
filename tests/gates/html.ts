/**
 * Valid-HTML gate: every page of the built site is valid by html-validate's recommended rules,
 * with the project's configuration (.htmlvalidate.json; docs/quality.md says why each rule differs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { filesIn } from '../helpers/dist.ts';
import type { BuiltSite } from './site.ts';

export function htmlGate(site: BuiltSite): void {
  const config = JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  // The site is built outside the project, where html-validate would not find the configuration itself.
  const validator = new HtmlValidate(new StaticConfigLoader(config));

  it.each(filesIn(site.distDir).filter((file) => file.endsWith('.html')))('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(join(site.distDir, file));
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector ?? `column ${message.column}`})`),
    );
    expect(errors).toEqual([]);
  });
}
