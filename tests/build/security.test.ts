/**
 * The security policy as built: every page's Content-Security-Policy <meta>, everything inline
 * covered by a hash, nothing that would need 'unsafe-inline', and the host headers
 * (public/_headers and the nginx lines in docs/hosting.md) present and in step.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { htmlPages } from '../helpers/dist.ts';

const distDir = inject('distDir');
const pages = htmlPages(distDir);

/** `"a b; c d"` → `{ a: ['b'], c: ['d'] }`. */
function parsePolicy(policy: string): Record<string, string[]> {
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

describe.each(pages)('$path', ({ html, $ }) => {
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

  it("allows WebAssembly only on a page that runs the search", () => {
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

/** `public/_headers` as Netlify and Cloudflare read it: `path` lines, then indented `Name: value` lines. */
function headersFileRules(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      current!.set(name!.toLowerCase(), value!.trim());
    }
  }
  return rules;
}

describe('security headers for hosts that send them', () => {
  const headers = headersFileRules(readFileSync(join(distDir, '_headers'), 'utf8')).get('/*') ?? new Map<string, string>();

  it('are published in dist/_headers for every path', () => {
    expect(Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(parsePolicy(headers.get('content-security-policy') ?? '')['frame-ancestors']).toEqual(["'none'"]);
  });

  it('are the same in the nginx configuration of docs/hosting.md', () => {
    const guide = readFileSync(join(projectRoot, 'docs/hosting.md'), 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const lines = [...nginx.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map(([, name, value]) => [name!.toLowerCase(), value]);
    expect(new Map(lines as [string, string][])).toEqual(headers);
  });
});
