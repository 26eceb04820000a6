/**
 * "Now and next" as the build renders it, on the build's clock (SITE_NOW): what visitors see
 * before any script runs, or without JavaScript. The script's own clock is tested in tests/e2e.
 */
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { readPage } from '../helpers/dist.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const content = contentFolder();
const locales = content.conference.locales.map((locale) => locale.code);
const { timeZone } = content.conference;
const [opening] = content.sessionIds
  .map((id) => {
    const facts = content.sessionFacts(id);
    return { id, start: wallClockInstant(yamlDay(facts.day), facts.start, timeZone) };
  })
  .sort((a, b) => a.start.getTime() - b.start.getTime());
const pages = (locale: string) => [`${locale}/index.html`, `${locale}/${uiStrings(locale).routes.programme}/index.html`];

describe('now and next in the built pages', () => {
  it('shows the live session when built during the conference, and links the recordings the content gives', async () => {
    const recordings = 'https://example.org/recordings/';
    const copy = await copyContent();
    await copy.edit('conference.yaml', (text) => `${text.trimEnd()}\nrecordingsUrl: "${recordings}"\n`);
    const build = await buildSite({ content: copy.dir, now: new Date(opening!.start.getTime() + 60_000).toISOString() });
    expect(build.code, build.output).toBe(0);
    for (const locale of locales) {
      for (const file of pages(locale)) {
        const { $ } = readPage(build.outDir, file);
        const panel = $('[data-now-next]');
        expect(panel.find('[data-phase="during"]').attr('hidden'), file).toBeUndefined();
        expect(panel.find('[data-phase="before"]').attr('hidden'), file).toBeDefined();
        expect(panel.find('[data-phase="after"]').attr('hidden'), file).toBeDefined();
        expect(panel.find(`[data-group="live"] li[data-id="${opening!.id}"]`).attr('hidden'), file).toBeUndefined();
        expect(panel.find('[data-group="live"] li:not([hidden])').length, file).toBeGreaterThan(0);
        const link = panel.find(`[data-phase="after"] a[href="${recordings}"]`);
        expect(link.text(), file).toBe(uiStrings(locale).nowNext.recordings);
      }
    }
  });

  it('says the conference has ended when built after it, with no recordings link the content does not give', () => {
    const dist = inject('distDir');
    for (const locale of locales) {
      for (const file of pages(locale)) {
        const { $ } = readPage(dist, file);
        const after = $('[data-now-next] [data-phase="after"]');
        expect(after.attr('hidden'), file).toBeUndefined();
        expect(after.text()).toContain(uiStrings(locale).nowNext.after);
        expect(after.find('a').length).toBe(content.conference.recordingsUrl ? 1 : 0);
        expect($('[data-now-next] [data-phase="during"]').attr('hidden'), file).toBeDefined();
      }
    }
  });
});
