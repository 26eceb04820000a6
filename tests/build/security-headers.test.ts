/**
 * The security headers for hosts that send them: public/_headers, published in dist/, and the
 * nginx lines of docs/hosting.md, present and in step. The policy inside each page is checked by
 * the security gate (tests/gates/security.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parsePolicy } from '../gates/security.ts';
import { projectRoot } from '../helpers/build.ts';

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
  const headers = headersFileRules(readFileSync(join(inject('example').distDir, '_headers'), 'utf8')).get('/*') ?? new Map<string, string>();

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
