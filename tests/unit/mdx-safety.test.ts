import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, checkElement, checkExpression, checkUrl, describeProblems, type JsxAttribute } from '../../src/lib/mdx-safety.ts';

const attribute = (name: string, value: NonNullable<JsxAttribute['value']>): JsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

describe('checkUrl', () => {
  it.each(['https://example.org/', 'http://example.org/', 'mailto:someone@example.org', 'tel:+41227344150', '/en/programme/', '../other/', '#section', 'page/?q=a:b'])(
    'accepts %s',
    (url) => expect(checkUrl(url)).toBeUndefined(),
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'vbscript:msgbox', 'data:text/html,<script>alert(1)</script>'])(
    'refuses %j, naming the scheme and what is allowed',
    (url) => {
      const problem = checkUrl(url);
      expect(problem).toMatch(/uses "(javascript|vbscript|data):", which is not allowed/);
      expect(problem).toMatch(/https:/);
    },
  );
});

describe('checkExpression', () => {
  it('accepts an MDX comment', () => expect(checkExpression('/* a note for editors */')).toBeUndefined());
  it.each(['alert(1)', '/* a */ alert(1) /* b */', '1 + 1', ''])('refuses %j', (code) => expect(checkExpression(code)).toMatch(/not allowed/));
});

describe('checkElement', () => {
  it('accepts plain HTML elements with harmless attributes', () => {
    expect(checkElement('abbr', [attribute('title', 'Inter-Parliamentary Union')])).toEqual([]);
    expect(checkElement('a', [attribute('href', 'https://www.ipu.org/')])).toEqual([]);
    expect(checkElement(null, [])).toEqual([]);
  });

  it.each(['script', 'style', 'iframe'])('refuses <%s> with its own reason', (name) => {
    expect(checkElement(name, [])).toEqual([expect.stringMatching(new RegExp(`^<${name}> is not allowed: .+`))]);
  });

  it.each(['object', 'embed', 'form', 'svg', 'base', 'meta', 'link'])('refuses <%s>, which is not in the list of HTML elements', (name) => {
    expect(checkElement(name, [])).toEqual([expect.stringMatching(new RegExp(`element <${name}> is not allowed`))]);
  });

  it.each(['Widget', 'Foo.Bar', 'svg:rect'])('refuses the component <%s> unless the site provides it', (name) => {
    expect(ALLOWED_COMPONENTS).not.toContain(name);
    expect(checkElement(name, [])).toEqual([expect.stringMatching(/is not one the site provides; allowed components: none yet/)]);
  });

  it('refuses event handlers, style attributes, expressions and dangerous addresses', () => {
    const problems = checkElement('img', [
      attribute('onerror', 'steal()'),
      attribute('OnLoad', 'steal()'),
      attribute('style', 'display:none'),
      attribute('alt', { type: 'mdxJsxAttributeValueExpression', value: 'document.cookie' }),
      { type: 'mdxJsxExpressionAttribute', value: '...props' },
      attribute('src', 'javascript:alert(1)'),
      attribute('srcset', 'a.png 1x, javascript:alert(1) 2x'),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/event-handler attribute onerror/),
      expect.stringMatching(/event-handler attribute OnLoad/),
      expect.stringMatching(/style attribute is not allowed/),
      expect.stringMatching(/alt=\{…\} holds a JavaScript expression/),
      expect.stringMatching(/attribute expressions \{…\} are not allowed/),
      expect.stringMatching(/^src: .*"javascript:"/),
      expect.stringMatching(/^srcset: .*"javascript:"/),
    ]);
  });
});

describe('describeProblems', () => {
  it('names the file and the line of each problem, then says what content may use', () => {
    const text = describeProblems('content/sessions/x/en.mdx', [
      { line: 12, column: 1, message: 'first problem' },
      { line: 20, column: 5, message: 'second problem' },
    ]);
    expect(text).toContain('content/sessions/x/en.mdx:12:1: first problem');
    expect(text).toContain('content/sessions/x/en.mdx:20:5: second problem');
    expect(text).toMatch(/Content may use Markdown, the HTML elements .*abbr.*, and the site's components \(none yet\)/);
  });
});
