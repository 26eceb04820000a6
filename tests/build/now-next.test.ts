/**
 * "Now and next" as the build renders it, on the build's clock (SITE_NOW): what visitors see
 * before any script runs, or without JavaScript. The example conference is built before it
 * starts, during its opening session and after it (tests/helpers/fixtures.ts). The script's own
 * clock is tested in tests/e2e.
 */
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { readPage } from '../helpers/dist.ts';
import { exampleAfterEvent, exampleAtRoot, exampleContent, exampleUnderBase } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const content = contentFolder(exampleContent);
const locales = content.conference.locales.map((locale) => locale.code);
const { timeZone } = content.conference;
/** Cancelled sessions are never live. */
const sessions = content.sessionIds.flatMap((id) => {
  const facts = content.sessionFacts(id) as ReturnType<typeof content.sessionFacts> & { status?: string };
  if (facts.status === 'cancelled') return [];
  return [{ id, start: wallClockInstant(yamlDay(facts.day), facts.start, timeZone), end: wallClockInstant(yamlDay(facts.day), facts.end, timeZone) }];
});
const liveAt = (instant: Date) => sessions.filter((s) => s.start <= instant && instant < s.end).map((s) => s.id);
/** The sessions that start next after `instant`, all at the same time. */
const nextAt = (instant: Date) => {
  const soonest = Math.min(...sessions.filter((s) => s.start > instant).map((s) => s.start.getTime()));
  return sessions.filter((s) => s.start.getTime() === soonest).map((s) => s.id);
};
/** The panel is on the home page; the programme marks live sessions in its lists instead (tests/e2e/programme.test.ts). */
const pages = (locale: string) => [`${locale}/index.html`];
/** Which phase each page shows, and the ids its "live" list shows. */
function shown(dist: string, file: string) {
  const panel = readPage(dist, file).$('[data-now-next]');
  const phase = ['before', 'during', 'after'].filter((name) => panel.find(`[data-phase="${name}"]`).attr('hidden') === undefined);
  const live = panel.find('[data-group="live"] li[data-id]:not([hidden])').map((_, item) => item.attribs['data-id']).get();
  return { panel, phase, live };
}

describe('now and next in the built pages', () => {
  it('says when the conference starts when built before it', () => {
    expect(sessions.every((s) => s.start > new Date(exampleAtRoot.now))).toBe(true);
    for (const locale of locales) {
      for (const file of pages(locale)) expect(shown(inject('example').distDir, file).phase, file).toEqual(['before']);
    }
  });

  it('shows the live sessions when built during the conference', () => {
    const now = new Date(exampleUnderBase.now);
    expect(liveAt(now).length).toBeGreaterThan(0);
    for (const locale of locales) {
      for (const file of pages(locale)) {
        const { panel, phase, live } = shown(inject('exampleUnderBase').distDir, file);
        expect(phase, file).toEqual(['during']);
        expect(live.sort(), file).toEqual(liveAt(now).sort());
        // Only the sessions of that moment are in the page (the rest comes from now-next.json in the browser).
        const listed = panel.find('li[data-id]').map((_, item) => item.attribs['data-id']).get();
        expect(listed.sort(), file).toEqual([...liveAt(now), ...nextAt(now)].sort());
      }
    }
  });

  it('says the conference has ended when built after it, and links the recordings the content gives', () => {
    expect(sessions.every((s) => s.end < new Date(exampleAfterEvent.now))).toBe(true);
    const { recordingsUrl } = content.conference as { recordingsUrl?: string };
    expect(recordingsUrl).toBeDefined();
    for (const locale of locales) {
      for (const file of pages(locale)) {
        const { panel, phase } = shown(inject('exampleAfterEvent').distDir, file);
        expect(phase, file).toEqual(['after']);
        expect(panel.find('[data-phase="after"]').text()).toContain(uiStrings(locale).nowNext.after);
        expect(panel.find(`[data-phase="after"] a[href="${recordingsUrl}"]`).text(), file).toBe(uiStrings(locale).nowNext.recordings);
      }
    }
  });
});
