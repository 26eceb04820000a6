/**
 * Words that run together in the built pages (issue 12): "(UTC+2).5 sessions", where a zone
 * label and the next words met with no space, and labels of neighbouring buttons read as one
 * word by search and screen readers ("See the programmeRegistration").
 */
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

const pages = htmlPages(inject('example').distDir);

/** The page's text as a reader gets it: no scripts or styles, spaces where the markup has them. */
function textOf(html: string): string {
  const $ = load(html);
  $('script, style, template').remove();
  // Blocks are read apart whatever the markup between them; only words inside one block can run together.
  $('p, li, div, dt, dd, h1, h2, h3, h4, section, article, header, footer, nav, main, td, th').append(' ');
  return $('body').text().replace(/\s+/g, ' ');
}

describe('text glitches', () => {
  it('never runs a UTC offset in brackets into the next word', () => {
    const glitches = pages.flatMap((page) => [...textOf(page.html).matchAll(/\(UTC[^)]*\)\.?[\p{L}\p{N}]/gu)].map((match) => `${page.path}: ${match[0]}`));
    expect(pages.some((page) => /\(UTC[^)]*\)/.test(textOf(page.html)))).toBe(true);
    expect(glitches).toEqual([]);
  });

  it('keeps the labels of side-by-side buttons apart', () => {
    const joined = pages.flatMap((page) => {
      const $ = load(page.html);
      return $('.actions')
        .map((_, actions) => {
          const links = $(actions).children('a, button');
          const text = $(actions).text();
          return links.length > 1 && links.get().some((link, index) => index > 0 && !text.includes(` ${$(link).text()}`)) ? `${page.path}: ${text}` : [];
        })
        .get();
    });
    expect(joined).toEqual([]);
  });
});
