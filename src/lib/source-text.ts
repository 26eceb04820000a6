/**
 * Mistakes seen in a content file's text itself, before or beside what a parser makes of it,
 * worded for editors: bytes that are not UTF-8, dates that do not exist (YAML silently turns
 * 2021-06-31 into 1 July), and where a YAML syntax error really starts (an unclosed quote is
 * reported by the parser lines later).
 */

/** Where the first byte that is not UTF-8 is, as an editor finds it: line and column, and the text before it on that line. */
export interface BadByte {
  line: number;
  column: number;
  /** The byte, e.g. 0xE9 for an "é" saved as Latin-1. */
  byte: number;
  /** The text of the line before the byte. */
  before: string;
}

/** The text of `bytes` read as UTF-8, or where it stops being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: BadByte } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at));
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
    return { badByte: { line, column: [...before].length + 1, byte: bytes[at] ?? 0, before } };
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, surrogates or values above U+10FFFF). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const second = bytes[i + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a YYYY-MM-DD day does not exist ("June has 30 days"), or undefined when it does. */
export function impossibleDay(day: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `there is no month ${match[2]}; months go from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date < 1 || date > days) return `${MONTHS[month - 1]}${month === 2 ? ` ${year}` : ''} has ${days} days`;
  return undefined;
}

/** A date written in a YAML text that does not exist: the field (dotted path), the date as typed, and why. */
export interface ImpossibleDate {
  field: string;
  typed: string;
  why: string;
  line: number;
}

/**
 * Every date (`2021-06-31`, also inside a date-time) written as a value in a YAML text that
 * does not exist, found in the text because YAML reads an unquoted one as the next real day.
 * Fields are named by their path (`registration.deadline`), list items by their key.
 */
export function impossibleDates(yamlText: string, firstLine = 0): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  /** Keys of the lines above, by indentation, to name nested fields. */
  const parents: { indent: number; key: string }[] = [];
  yamlText.split('\n').forEach((text, index) => {
    const entry = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(text);
    if (!entry) return;
    const indent = entry[1]!.length;
    while (parents.length && parents.at(-1)!.indent >= indent) parents.pop();
    const key = entry[2]!;
    const value = /^["']?(\d{4}-\d{2}-\d{2})(?:[T ][^"'#]*)?["']?\s*(?:#.*)?$/.exec(entry[3] ?? '');
    const why = value ? impossibleDay(value[1]!) : undefined;
    if (value && why) found.push({ field: [...parents.map((p) => p.key), key].join('.'), typed: value[1]!, why, line: firstLine + index + 1 });
    parents.push({ indent, key });
  });
  return found;
}

/** A YAML syntax error explained: the line where the problem starts, and the lines around it. */
export interface YamlSyntax {
  /** Line (in the file) where the problem starts. */
  line: number;
  /** What is wrong there, in plain words. */
  found: string;
  expected: string;
  /** The file's lines around it, numbered, the line at fault marked. */
  excerpt: string[];
}

/** A quote opened in a value and not closed on its line: `title: "Opening`. */
const UNCLOSED_QUOTE = /^\s*(?:-\s+)?[\w-]+\s*:\s*(["'])(?:(?!\1)[^\\]|\\.)*$/;
/** A list or map written on one line, `audiences: [ict, websites`: the value after the colon. */
const FLOW_VALUE = /^\s*(?:-\s+)?[\w-]+\s*:\s*([[{].*)$/;

/** The bracket a one-line list or map opens and does not close, if it does. */
function unclosedBracket(line: string): '[' | '{' | undefined {
  const value = FLOW_VALUE.exec(line)?.[1]?.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
  if (value === undefined) return undefined;
  const opened: string[] = [];
  for (const character of value) {
    if (character === '[' || character === '{') opened.push(character);
    else if (character === ']' || character === '}') opened.pop();
  }
  return opened[0] as '[' | '{' | undefined;
}

/**
 * Explains a YAML syntax error the parser reported at `reportedLine` (1-based, in the file):
 * a quote or bracket left open above it is where the problem starts, however far the parser read on.
 */
export function explainYamlSyntax(yamlText: string, firstLine: number, reportedLine: number): YamlSyntax {
  const lines = yamlText.split('\n');
  const reportedIndex = Math.min(Math.max(reportedLine - firstLine - 1, 0), lines.length - 1);
  const openedIndex = lines.slice(0, reportedIndex + 1).findIndex((text) => {
    const match = UNCLOSED_QUOTE.exec(text);
    // A single quote may be doubled inside single quotes ('it''s'); an odd count is unclosed.
    return (match !== null && (match[1] === '"' || (text.split("'").length - 1) % 2 === 1)) || unclosedBracket(text) !== undefined;
  });
  const index = openedIndex >= 0 ? openedIndex : reportedIndex;
  const line = firstLine + index + 1;
  const quote = openedIndex >= 0 ? (unclosedBracket(lines[openedIndex]!) ?? UNCLOSED_QUOTE.exec(lines[openedIndex]!)![1]) : undefined;
  const excerpt = lines.slice(Math.max(index - 1, 0), index + 2).map((text, i) => {
    const number = firstLine + Math.max(index - 1, 0) + i + 1;
    return `${number === line ? '>' : ' '} ${String(number).padStart(3)} | ${text}`;
  });
  const closing: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };
  const names: Record<string, string> = { '"': 'double quote', "'": 'single quote', '[': '"[" (a list)', '{': '"{"' };
  const examples: Record<string, string> = { '"': 'title: "Opening session"', "'": "title: 'Opening session'", '[': 'audiences: [ict, websites]', '{': 'label: { en: "Library" }' };
  return quote
    ? {
        line,
        found: `a ${names[quote]} opened on line ${line} and never closed`,
        expected: `the value closed with ${closing[quote]} on the same line, e.g. ${examples[quote]}`,
        excerpt,
      }
    : {
        line,
        found: `a line YAML cannot read, at line ${line}`,
        expected: '"name: value" lines; put values containing a colon (:) or starting with a quote in double quotes; indent with spaces, never tabs',
        excerpt,
      };
}
