/**
 * Content texts keep their HTML in Astro's cache while their digest is unchanged
 * (src/data/loaders.ts): the digest must change with the renderer, or a host that keeps the
 * cache would serve HTML from an older renderer after an upgrade.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestWithRenderer } from '../../src/data/loaders.ts';
import { fingerprintOf } from '../../src/lib/fingerprint.ts';

/** A stand-in for Astro's digest: the text itself, so what reaches it is visible. */
const identity = (data: string) => data;

describe('the digest of a content text', () => {
  it('is the same for the same text and renderer, and changes with either', () => {
    const digest = digestWithRenderer(identity, 'renderer-1');
    expect(digest('# Title')).toBe(digest('# Title'));
    expect(digest('# Title')).not.toBe(digest('# Other title'));
    expect(digestWithRenderer(identity, 'renderer-2')('# Title')).not.toBe(digest('# Title'));
  });

  it('covers data given as an object, as Astro may pass it', () => {
    const digest = digestWithRenderer(identity, 'renderer-1');
    expect(digest({ title: 'A' })).not.toBe(digest({ title: 'B' }));
    expect(digestWithRenderer(identity, 'renderer-2')({ title: 'A' })).not.toBe(digest({ title: 'A' }));
  });
});

describe('the renderer fingerprint', () => {
  const folder = mkdtempSync(join(tmpdir(), 'renderer-fingerprint-'));
  const code = join(folder, 'renderer.ts');
  const lock = join(folder, 'package-lock.json');
  const writeLock = (version: string) => writeFileSync(lock, JSON.stringify({ packages: { 'node_modules/parser': { version }, 'node_modules/other': { version: '1.0.0' } } }));
  const fingerprint = () => fingerprintOf([code], lock, ['parser']);

  it('changes when the renderer’s code changes', () => {
    writeFileSync(code, 'export const a = 1;');
    writeLock('1.0.0');
    const before = fingerprint();
    expect(fingerprint()).toBe(before);
    writeFileSync(code, 'export const a = 2;');
    expect(fingerprint()).not.toBe(before);
  });

  it('changes when a library it uses changes version, not when another does', () => {
    writeFileSync(code, 'export const a = 1;');
    writeLock('1.0.0');
    const before = fingerprint();
    writeFileSync(lock, JSON.stringify({ packages: { 'node_modules/parser': { version: '1.0.0' }, 'node_modules/other': { version: '2.0.0' } } }));
    expect(fingerprint()).toBe(before);
    writeLock('1.1.0');
    expect(fingerprint()).not.toBe(before);
  });
});
