/**
 * Runs a command and measures its wall time, its CPU time (GNU time, where installed) and
 * the peak memory of its whole process tree (the build and whatever it starts, such as
 * Pagefind's indexer), by summing the resident set size of the tree in /proc several times
 * a second. CPU time varies less than wall time when other work shares the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface Measured {
  wallMs: number;
  /** User + system CPU time of the command and its children, in ms (NaN without GNU time). */
  cpuMs: number;
  /** Highest sum of the tree's resident memory seen, in bytes (0 where /proc is missing). */
  peakRssBytes: number;
  output: string;
  code: number | null;
}

const STAT_FIELDS = /^(\d+) \(.*\) \S (\d+)/s;

/** Parent pid of every process, read from /proc/<pid>/stat. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const match = STAT_FIELDS.exec(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (!match) continue;
      const parent = Number(match[2]);
      const siblings = children.get(parent);
      if (siblings) siblings.push(Number(match[1]));
      else children.set(parent, [Number(match[1])]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants. */
export function treeRssBytes(root: number): number {
  const children = parents();
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += residentBytes(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measure(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const timing = existsSync(GNU_TIME) ? join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'cpu') : undefined;
  const [program, ...rest] = timing ? [GNU_TIME, '-f', '%U %S', '-o', timing, command, ...args] : [command, ...args];
  const started = performance.now();
  const child = spawn(program!, rest, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakRssBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid));
  };
  // Four samples a second: often enough for builds lasting seconds, cheap on a busy machine.
  const sampler = setInterval(sample, 250);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  return { wallMs, cpuMs: timing ? cpuMsFrom(timing) : Number.NaN, peakRssBytes, output, code };
}

/** Reads GNU time's "user system" seconds (its last line: a failing command adds a line before it). */
function cpuMsFrom(file: string): number {
  try {
    const [user, system] = readFileSync(file, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return (user! + system!) * 1000;
  } finally {
    rmSync(join(file, '..'), { recursive: true, force: true });
  }
}

/** Runs commands one after the other, as one measurement: times add up, memory is the highest peak. */
export async function measureSteps(steps: readonly { command: string; args: readonly string[] }[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const total: Measured = { wallMs: 0, cpuMs: 0, peakRssBytes: 0, output: '', code: 0 };
  for (const step of steps) {
    const result = await measure(step.command, step.args, options);
    total.wallMs += result.wallMs;
    total.cpuMs += result.cpuMs;
    total.peakRssBytes = Math.max(total.peakRssBytes, result.peakRssBytes);
    total.output += result.output;
    total.code = result.code;
    if (result.code !== 0) break;
  }
  return total;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
