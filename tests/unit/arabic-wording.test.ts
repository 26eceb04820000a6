/**
 * Arabic wording visitors noticed (issue 12): the start of the conference reads "يبدأ المؤتمر يوم
 * الأربعاء …" (on Wednesday), not "في الأربعاء", and the heading over the sessions that come next
 * does not say "the next session" in the singular, since several are often listed under it.
 */
import { describe, expect, it } from 'vitest';
import { fill, uiStrings } from '../../src/i18n/index.ts';
import { formatDateTime } from '../../src/lib/format.ts';

const ar = uiStrings('ar');

describe('Arabic wording', () => {
  it('says the conference starts "on" a weekday with يوم', () => {
    const date = formatDateTime(new Date('2021-06-16T12:00:00Z'), 'ar-u-nu-latn', 'Europe/Zurich');
    expect(fill(ar.nowNext.before, { date })).toMatch(/^يبدأ المؤتمر يوم الأربعاء/);
  });

  it('does not head a list of next sessions with a singular "next session"', () => {
    expect(ar.nowNext.next).not.toMatch(/^الجلسة\s/);
  });
});
