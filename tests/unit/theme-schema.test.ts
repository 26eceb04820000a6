import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { defaultThemeColours, schemeColours } from '../../src/lib/theme-colours.ts';
import { contrastProblems, themeSchema } from '../../src/schemas/theme.ts';

const logo = { file: 'theme/logo.svg', alt: { en: 'Example mark' } };
const passing = { light: { primary: '#1f4f8f', accent: '#c2561a' }, dark: { primary: '#8ec1ff', accent: '#f0a060' } };

describe('theme colours', () => {
  it('accepts colours that reach AA against every background they are drawn on', () => {
    expect(themeSchema.safeParse({ logo, ...passing }).success).toBe(true);
  });

  it('stops a pale primary colour, naming the field, the contrast found and the contrast needed', () => {
    const result = themeSchema.safeParse({ logo, ...passing, light: { primary: '#7aa7e0', accent: '#c2561a' } });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((found) => found.path.join('.') === 'light.primary')!;
    const found = contrastRatio('#7aa7e0', schemeColours.light.page);
    expect(issue.message).toContain(`${Math.floor(found * 100) / 100}:1`);
    expect(issue.message).toContain('needs at least 4.5:1');
    expect(issue.message).toContain('#ffffff');
  });

  it('checks the dark scheme on its own dark backgrounds', () => {
    const result = themeSchema.safeParse({ logo, ...passing, dark: { primary: '#1f4f8f', accent: '#f0a060' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain('dark.primary');
    expect(result.error!.issues.find((issue) => issue.path.join('.') === 'dark.primary')!.message).toContain(schemeColours.dark.page);
  });

  it('holds the accent colour, drawn as marks not text, to 3:1', () => {
    // #d06a22 is between 3:1 and 4.5:1 on both light backgrounds: fine for a mark, too pale for text.
    expect(contrastRatio('#d06a22', schemeColours.light.panel)).toBeGreaterThan(3);
    expect(contrastRatio('#d06a22', schemeColours.light.page)).toBeLessThan(4.5);
    expect(contrastProblems('light', { primary: '#1f4f8f', accent: '#d06a22' })).toEqual([]);
    expect(contrastProblems('light', { primary: '#1f4f8f', accent: '#f5c99b' }).map((problem) => problem.field)).toEqual(['accent', 'accent']);
  });

  it('checks the primary colour against its button label too', () => {
    // In the dark scheme a button's label is dark: a mid blue fails under it.
    const problems = contrastProblems('dark', { primary: '#5f7fa0', accent: '#f0a060' });
    expect(problems.some((problem) => problem.message.includes('button label'))).toBe(true);
  });

  it('gives sites without a theme colours that pass', () => {
    expect(contrastProblems('light', defaultThemeColours.light)).toEqual([]);
    expect(contrastProblems('dark', defaultThemeColours.dark)).toEqual([]);
  });

  it('rejects a colour name and a logo outside the content folder or of another kind', () => {
    const result = themeSchema.safeParse({ logo: { ...logo, file: '../logo.gif' }, ...passing, light: { primary: 'blue', accent: '#c2561a' } });
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['logo.file', 'light.primary']));
  });
});
