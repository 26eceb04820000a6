/**
 * Schedule gate: every language's schedule.xml and schedule.json, and the root's copies, are
 * valid against the C3VOC rules (our transcription in tests/schemas/), so event apps can read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scheduleJsonErrors, scheduleXmlErrors } from '../helpers/schedule-schemas.ts';
import { languagesOf, sitePages, type BuiltSite } from './site.ts';

export function scheduleGate(site: BuiltSite): void {
  describe('schedule.xml and schedule.json', () => {
    const languages = languagesOf(sitePages(site));
    const read = (folder: string, file: string) => readFileSync(join(site.distDir, folder, file), 'utf8');

    it('are valid in every language and at the root', async () => {
      expect(languages.length).toBeGreaterThan(0);
      for (const folder of [...languages, '']) {
        expect(await scheduleXmlErrors(read(folder, 'schedule.xml')), `${folder}/schedule.xml`).toEqual([]);
        expect(scheduleJsonErrors(JSON.parse(read(folder, 'schedule.json'))), `${folder}/schedule.json`).toEqual([]);
      }
    });

    it('at the root are one language’s files', () => {
      for (const file of ['schedule.xml', 'schedule.json']) {
        expect(languages.filter((language) => read(language, file) === read('', file)), file).toHaveLength(1);
      }
    });
  });
}
