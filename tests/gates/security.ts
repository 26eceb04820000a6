/**
 * Security-policy gate, on the built files: every page's Content-Security-Policy <meta>, before
 * anything it governs; scripts and styles only from the site or by hash, nothing that would need
 * 'unsafe-inline', WebAssembly only where the search runs; no inline style or handler attribute.
 * What the browser does with the policy is in browser-security.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sitePages, type BuiltSite } from './site.ts';

/** `"a b; c d"` → `{ a: ['b'], c: ['d'] }`. */
export function parsePolicy(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const executable = (type: string | undefined) => !type || type === 'module' || /javascript|ecmascript/.test(type);

export function securityGate(site: BuiltSite): void {
  describe.each(sitePages(site))('$path', ({ html, $ }) => {
    const metas = $('meta[http-equiv="content-security-policy" i]');
    const policy = parsePolicy(metas.attr('content') ?? '');

    it('has one policy, before anything it would have to block', () => {
      expect(metas.length).toBe(1);
      // A <meta> policy governs only what follows it. A stylesheet from this site may come first
      // (style-src 'self' allows it anyway); a script, a style element or another host may not.
      const head = $('head').children().toArray();
      const governed = (element: (typeof head)[number]) =>
        (element.tagName === 'script' && executable(element.attribs['type'])) ||
        element.tagName === 'style' ||
        (element.tagName === 'link' && /stylesheet|preload|icon/.test(element.attribs['rel'] ?? '') && !/^\/(?!\/)/.test(element.attribs['href'] ?? ''));
      const first = head.findIndex(governed);
      expect(head.indexOf(metas[0]!)).toBeLessThan(first === -1 ? Infinity : first);
    });

    it('allows scripts and styles from this site and by hash only', () => {
      for (const directive of ['script-src', 'style-src', 'default-src']) {
        expect(policy[directive], directive).toContain("'self'");
        for (const value of policy[directive]!) {
          expect(value, directive).toMatch(/^'(self|none|sha(256|384|512)-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$|^data:$/);
        }
      }
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['base-uri']).toEqual(["'self'"]);
    });

    it('allows WebAssembly only on a page that runs the search', () => {
      const runsSearch = $('script[src*="/pagefind/"]').length > 0;
      if (!runsSearch) expect(policy['script-src']).not.toContain("'wasm-unsafe-eval'");
    });

    it('has every inline script and style element hashed, and no inline style or handler attribute', () => {
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, attributes, body] = match as unknown as [string, string, string];
        if (/\bsrc=/.test(attributes) || !executable(/\btype="([^"]*)"/.exec(attributes)?.[1])) continue;
        expect(policy['script-src'], `inline script ${body.slice(0, 60)}`).toContain(sha256(body));
      }
      for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
        expect(policy['style-src'], `inline style ${match[1]!.slice(0, 60)}`).toContain(sha256(match[1]!));
      }
      const attributes = $('*')
        .toArray()
        .flatMap((node) => ('attribs' in node ? Object.keys(node.attribs).filter((name) => name === 'style' || name.startsWith('on')).map((name) => `<${node.name} ${name}>`) : []));
      expect(attributes).toEqual([]);
      expect($('[href^="javascript:" i], [src^="javascript:" i]').length).toBe(0);
    });
  });
}
