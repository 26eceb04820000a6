/** The digest of the content folder's other files (src/lib/folder-digest.ts) changes with any of them. */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { folderDigest } from '../../src/lib/folder-digest.ts';

let dir: string;
const leaveOutTexts = (path: string) => path.endsWith('.mdx');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folder-digest-'));
  mkdirSync(join(dir, 'theme'));
  writeFileSync(join(dir, 'conference.yaml'), 'name: Summit\n');
  writeFileSync(join(dir, 'theme/logo.svg'), '<svg/>');
  writeFileSync(join(dir, 'theme/index.en.mdx'), 'A text.');
});

describe('folderDigest', () => {
  it('is the same for the same files', async () => {
    expect(await folderDigest(dir, leaveOutTexts)).toBe(await folderDigest(dir, leaveOutTexts));
  });

  it('changes when a file changes, is added, removed or renamed', async () => {
    const first = await folderDigest(dir, leaveOutTexts);
    writeFileSync(join(dir, 'theme/logo.svg'), '<svg></svg>');
    const edited = await folderDigest(dir, leaveOutTexts);
    writeFileSync(join(dir, 'theme/hero.jpg'), 'jpeg');
    const added = await folderDigest(dir, leaveOutTexts);
    renameSync(join(dir, 'theme/hero.jpg'), join(dir, 'theme/hero2.jpg'));
    const renamed = await folderDigest(dir, leaveOutTexts);
    rmSync(join(dir, 'theme/hero2.jpg'));
    const removed = await folderDigest(dir, leaveOutTexts);
    expect(new Set([first, edited, added, renamed]).size).toBe(4);
    expect(removed).toBe(edited);
  });

  it('leaves out the files it is told to', async () => {
    const first = await folderDigest(dir, leaveOutTexts);
    writeFileSync(join(dir, 'theme/index.en.mdx'), 'Another text.');
    expect(await folderDigest(dir, leaveOutTexts)).toBe(first);
    expect(await folderDigest(dir)).not.toBe(first);
  });
});
