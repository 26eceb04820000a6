/**
 * The registration call follows the build's clock (SITE_NOW): the example conference is built
 * once before its deadline and once after it (tests/helpers/fixtures.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { readPage } from '../helpers/dist.ts';
import { exampleAtRoot, exampleContent, exampleUnderBase } from '../helpers/fixtures.ts';

const content = contentFolder(exampleContent);
const deadline = new Date(content.conference.registration.deadline);
const registration = (dist: string, locale: string) => readPage(dist, `${locale}/${uiStrings(locale).routes.registration}/index.html`).$;

describe('registration state at build time', () => {
  it('is open before the deadline, with the whole days left, in every language', () => {
    const daysLeft = Math.floor((deadline.getTime() - new Date(exampleAtRoot.now).getTime()) / 86_400_000);
    expect(daysLeft).toBeGreaterThan(1);
    for (const { code } of content.conference.locales) {
      const open = registration(inject('example').distDir, code);
      expect(open('[data-when="open"]').attr('hidden')).toBeUndefined();
      expect(open('[data-when="closed"]').attr('hidden')).toBeDefined();
      expect(open('.registration__countdown').text()).toContain(String(daysLeft));
    }
  });

  it('is closed after the deadline, in every language', () => {
    expect(new Date(exampleUnderBase.now).getTime()).toBeGreaterThan(deadline.getTime());
    for (const { code } of content.conference.locales) {
      const closed = registration(inject('exampleUnderBase').distDir, code);
      expect(closed('[data-when="open"]').attr('hidden')).toBeDefined();
      expect(closed('[data-when="closed"]').attr('hidden')).toBeUndefined();
      expect(closed('[data-when="closed"]').text()).toContain(uiStrings(code).registration.closedCall);
    }
  });
});
