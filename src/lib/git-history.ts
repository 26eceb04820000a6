/**
 * When each file of a folder last changed, from Git: the translation report compares a
 * source-language file with its translations this way, so editors record nothing by hand.
 */
import { execFileSync } from 'node:child_process';

export type HistoryGap = 'no-history' | 'shallow';

/** Written in a commit message, it keeps that commit's changes from making translations out of date. */
export const SKIP_MARK = '[skip translations]';

export interface FileHistory {
  /** Why change times are unknown (no Git history, or a shallow clone), or undefined when they are known. */
  unavailable?: HistoryGap | undefined;
  /**
   * Last change of each file, by path relative to the folder (`/`-separated), in seconds
   * since 1970; Infinity for a file with changes not yet committed.
   */
  changedAt: ReadonlyMap<string, number>;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

export function readHistory(dir: string): FileHistory {
  try {
    git(dir, 'rev-parse', '--verify', 'HEAD');
  } catch {
    return { unavailable: 'no-history', changedAt: new Map() };
  }
  if (git(dir, 'rev-parse', '--is-shallow-repository').trim() === 'true') {
    // In a shallow clone every file seems to have changed in the newest commit: nothing could be told apart.
    return { unavailable: 'shallow', changedAt: new Map() };
  }
  const changedAt = new Map<string, number>();
  let time = 0;
  // Newest commit first, so a file's first appearance is its last change. A commit whose
  // message says [skip translations] (a typo fixed in the source, say) does not count.
  const log = git(dir, 'log', '--invert-grep', `--grep=${SKIP_MARK}`, '--fixed-strings', '--format=%x00%ct', '--name-only', '--no-renames', '--relative', '--', '.');
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) time = Number(line.slice(1));
    else if (line && !changedAt.has(line)) changedAt.set(line, time);
  }
  const uncommitted = [
    ...git(dir, 'diff', '--name-only', '--relative', 'HEAD', '--', '.').split('\n'),
    ...git(dir, 'ls-files', '--others', '--exclude-standard').split('\n'),
  ];
  for (const file of uncommitted) if (file) changedAt.set(file, Number.POSITIVE_INFINITY);
  return { changedAt };
}
