/** The registration call follows the build's clock (SITE_NOW). */
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { buildSite } from '../helpers/build.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { readPage } from '../helpers/dist.ts';

const content = contentFolder();
const deadline = new Date(content.conference.registration.deadline);

async function registrationBlock(now: Date) {
  const build = await buildSite({ now: now.toISOString() });
  expect(build.code, build.output).toBe(0);
  return (locale: string) => readPage(build.outDir, `${locale}/${uiStrings(locale).routes.registration}/index.html`).$;
}

describe('registration state at build time', () => {
  it('is open before the deadline and closed after it, in every language', async () => {
    const before = await registrationBlock(new Date(deadline.getTime() - 3 * 86_400_000));
    const after = await registrationBlock(new Date(deadline.getTime() + 1000));
    for (const { code } of content.conference.locales) {
      const open = before(code);
      expect(open('[data-when="open"]').attr('hidden')).toBeUndefined();
      expect(open('[data-when="closed"]').attr('hidden')).toBeDefined();
      expect(open('.registration__countdown').text()).toMatch(/3/);
      const closed = after(code);
      expect(closed('[data-when="open"]').attr('hidden')).toBeDefined();
      expect(closed('[data-when="closed"]').attr('hidden')).toBeUndefined();
      expect(closed('[data-when="closed"]').text()).toContain(uiStrings(code).registration.closedCall);
    }
  });
});
