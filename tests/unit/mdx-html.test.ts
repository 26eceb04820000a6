import { describe, expect, it } from 'vitest';
import { mdxToHtml } from '../../src/lib/mdx-html.ts';

const html = (text: string) => mdxToHtml(text).html;

describe('mdxToHtml', () => {
  it('renders Markdown: paragraphs, emphasis, links and lists', () => {
    const out = html('A *digital* [parliament](https://www.ipu.org/).\n\n- one\n- two\n');
    expect(out).toContain('<p>A <em>digital</em> <a href="https://www.ipu.org/">parliament</a>.</p>');
    expect(out).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
  });

  it('reads the text as MDX, not Markdown: escaped braces are text and indented lines are no code block', () => {
    expect(html('Budget \\{2021\\} and score \\<3.')).toContain('<p>Budget {2021} and score &#x3C;3.</p>');
    expect(html('Intro\n\n    indented text\n')).not.toContain('<pre>');
  });

  it('writes the HTML elements an editor may use, with their attributes', () => {
    expect(html('The <abbr title="Inter-Parliamentary Union">IPU</abbr> and <b>bold</b>.')).toContain(
      '<p>The <abbr title="Inter-Parliamentary Union">IPU</abbr> and <b>bold</b>.</p>',
    );
    expect(html('<div class="note">\n\nHi *there*\n\n</div>')).toMatch(/^<div class="note"><p>Hi <em>there<\/em><\/p><\/div>$/);
    expect(html('Line<br/>break')).toContain('Line<br>break');
  });

  it('uses typographic quotes and dashes, as the MDX pipeline does by default', () => {
    expect(html(`The theme's "wording" -- provisional...`)).toContain('The theme’s “wording” – provisional…');
  });

  it('renders GitHub tables', () => {
    expect(html('| a | b |\n| - | - |\n| 1 | 2 |\n')).toMatch(/<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>/);
  });

  it('gives headings GitHub-style ids, unique within the text, and lists them', () => {
    const { html: out, headings } = mdxToHtml('## Open data\n\ntext\n\n## Open data\n\n### Sources <i>and</i> tools\n');
    expect(out).toContain('<h2 id="open-data">Open data</h2>');
    expect(out).toContain('<h2 id="open-data-1">Open data</h2>');
    expect(out).toContain('<h3 id="sources-and-tools">Sources <i>and</i> tools</h3>');
    expect(headings).toEqual([
      { depth: 2, slug: 'open-data', text: 'Open data' },
      { depth: 2, slug: 'open-data-1', text: 'Open data' },
      { depth: 3, slug: 'sources-and-tools', text: 'Sources and tools' },
    ]);
  });

  it('drops MDX comments', () => {
    expect(html('Before {/* a note for editors */} after')).toBe('<p>Before  after</p>');
  });

  it.each([
    ['an expression', 'Total: {1 + 1}', /expressions/],
    ['an import', 'import X from "./x.js"\n\nText', /import and export/],
    ['a script element', '<script>alert(1)</script>', /<script> is not allowed/],
    ['an unknown component', '<Widget />', /component <Widget>/],
    ['an event handler', '<span onclick="x()">a</span>', /event-handler/],
    ['a javascript: link in Markdown', '[a](javascript:alert(1))', /"javascript:"/],
    ['a javascript: link in an element', '<a href="javascript:alert(1)">a</a>', /"javascript:"/],
    ['a data: image', '![x](data:text/html,hi)', /"data:"/],
  ])('refuses %s, as the content check does', (_, text, message) => {
    expect(() => mdxToHtml(text)).toThrow(message);
  });
});
