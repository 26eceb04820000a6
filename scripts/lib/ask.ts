/**
 * Runs a scaffold (src/lib/scaffold.ts) from the command line: answers come from flags
 * (`--day 2021-06-17`), and whatever is missing is asked for, one question at a time,
 * each answer checked at once. With every required answer given as a flag, nothing is
 * asked and all refusals are printed together.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentFolder, parseContent, readContentFiles, type ContentSnapshot } from '../../src/lib/content-reader.ts';
import type { Conference } from '../../src/schemas/conference.ts';
import { applies, refusals, type Answers, type Question, type Scaffold } from '../../src/lib/scaffold.ts';

export async function runScaffold(command: string, make: (content: ContentSnapshot, conference: Conference) => Scaffold): Promise<void> {
  const dir = contentFolder();
  const files = await readContentFiles(dir);
  const content = parseContent(files, dir);
  const conference = content.entries.conference[0]?.data;
  if (!conference) fail(`${dir}/conference.yaml cannot be read; run "npm run check" to see why.`);
  const scaffold = make(content, conference);

  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      options: { help: { type: 'boolean' }, ...Object.fromEntries(scaffold.questions.map((q) => [q.name, { type: 'string' as const }])) },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage(command, scaffold)}`);
  }
  if (flags['help']) {
    console.log(usage(command, scaffold));
    return;
  }
  const given = (q: Question) => (typeof flags[q.name] === 'string' ? (flags[q.name] as string) : undefined);
  const flagAnswers: Answers = Object.fromEntries(scaffold.questions.flatMap((q) => (given(q) === undefined ? [] : [[q.name, given(q)!]])));
  let answers: Answers = {};
  const settle = (q: Question, value: string | undefined): boolean => {
    const answer = value?.trim() || q.suggest?.(answers, flagAnswers);
    if (answer) answers[q.name] = answer;
    return Boolean(answer) || Boolean(q.optional);
  };
  // Everything from the flags, if they answer every question asked; else ask for what is missing.
  const complete = scaffold.questions.every((q) => !applies(q, answers) || settle(q, given(q)));
  if (complete) {
    const refused = refusals(scaffold, files, answers, dir);
    if (refused.size > 0) {
      const inOrder = [...scaffold.questions.map((q) => q.name), '(other)'].filter((name) => refused.has(name));
      fail(['Nothing was written; fix these answers:', ...inOrder.map((name) => `  --${name}: ${refused.get(name)}`)].join('\n'));
    }
  } else {
    answers = {};
    const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
    for (const q of scaffold.questions) {
      if (!applies(q, answers)) continue;
      let value = given(q);
      for (;;) {
        if (value === undefined) {
          const suggestion = q.suggest?.(answers, flagAnswers);
          process.stdout.write(`${q.prompt}${q.hint ? ` [${q.hint}]` : ''}${suggestion ? ` (Enter for ${suggestion})` : ''}: `);
          const line = await lines.next();
          if (line.done) fail(`\nNo answer to "${q.prompt}"; give it with --${q.name}.`);
          value = line.value;
          // Piped answers are not echoed by a terminal: show them, so the dialogue reads in order.
          if (!process.stdin.isTTY) console.log(value);
        }
        if (!settle(q, value)) console.log('  An answer is needed.');
        else {
          const reason = refusals(scaffold, files, answers, dir).get(q.name);
          if (!reason) break;
          console.log(`  Refused: ${reason}`);
          delete answers[q.name];
        }
        value = undefined;
      }
    }
    const other = refusals(scaffold, files, answers, dir).get('(other)');
    if (other) fail(`Nothing was written: ${other}`);
  }

  const created = scaffold.files(answers);
  for (const [path, text] of created) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text, { flag: 'wx' });
  }
  console.log(`\nCreated:\n${[...created.keys()].map((path) => `  ${dir}/${path}`).join('\n')}`);
  console.log(`\nNext: ${scaffold.nextSteps}`);
}

function usage(command: string, scaffold: Scaffold): string {
  const lines = scaffold.questions.map((q) => `  --${q.name} <${q.optional ? 'optional' : 'value'}>  ${q.prompt}${q.hint ? ` (${q.hint})` : ''}`);
  return [`Usage: npm run ${command} -- [flags]`, `Creates a ${scaffold.kind}; asks for every answer not given as a flag.`, '', ...lines].join('\n');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
