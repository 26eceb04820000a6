import { describe, expect, it } from 'vitest';
import { decodeUtf8, explainYamlSyntax, impossibleDates, impossibleDay } from '../../src/lib/source-text.ts';

const latin1 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0)));

describe('decodeUtf8', () => {
  it('reads UTF-8, including a byte-order mark and any script', () => {
    expect(decodeUtf8(new TextEncoder().encode('numériques — الرقمية'))).toEqual({ text: 'numériques — الرقمية' });
  });

  it('finds the first byte that is not UTF-8: its line, its column in characters, and the text before it', () => {
    expect(decodeUtf8(latin1('title: "x"\nsummary: "Les parlements num\u00e9riques"\n'))).toEqual({
      badByte: { line: 2, column: 29, byte: 0xe9, before: 'summary: "Les parlements num' },
    });
  });

  it('counts columns in characters after valid accented letters, and catches a cut sequence and an overlong form', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('é'), 0xe2, 0x82]);
    expect(decodeUtf8(bytes)).toMatchObject({ badByte: { line: 1, column: 2, byte: 0xe2 } });
    expect(decodeUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toMatchObject({ badByte: { column: 2, byte: 0xc0 } });
    expect(decodeUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toMatchObject({ badByte: { column: 1, byte: 0xed } });
  });
});

describe('impossible dates, as typed', () => {
  it('says why a day does not exist', () => {
    expect(impossibleDay('2021-06-31')).toBe('June has 30 days');
    expect(impossibleDay('2021-02-29')).toBe('February 2021 has 28 days');
    expect(impossibleDay('2024-02-29')).toBeUndefined();
    expect(impossibleDay('2021-13-01')).toMatch(/no month 13/);
    expect(impossibleDay('2021-06-00')).toBe('June has 30 days');
  });

  it('finds them in YAML, quoted or not, in date-times, naming the field by its path and the line', () => {
    const text = ['name: x', 'startDate: 2021-06-31 # first day', 'registration:', '  url: "https://x.org"', '  deadline: "2021-04-31T23:59:00+02:00"', 'endDate: 2021-06-18'].join('\n');
    expect(impossibleDates(text, 1)).toEqual([
      { field: 'startDate', typed: '2021-06-31', why: 'June has 30 days', line: 3 },
      { field: 'registration.deadline', typed: '2021-04-31', why: 'April has 30 days', line: 6 },
    ]);
  });
});

describe('explainYamlSyntax', () => {
  const text = ['title: "Opening', 'summary: "The first session."', 'day: 2021-06-16'].join('\n');

  it('points to the line where a quote is opened and never closed, with the lines around it', () => {
    const explained = explainYamlSyntax(text, 1, 4);
    expect(explained.line).toBe(2);
    expect(explained.found).toBe('a double quote opened on line 2 and never closed');
    expect(explained.excerpt).toEqual(['>   2 | title: "Opening', '    3 | summary: "The first session."']);
  });

  it('otherwise points to the line the parser names', () => {
    const explained = explainYamlSyntax('title: x\n\tday: 1\n', 0, 2);
    expect(explained.line).toBe(2);
    expect(explained.excerpt[1]).toBe('>   2 | \tday: 1');
    expect(explained.expected).toMatch(/never tabs/);
  });

  it('does not take doubled single quotes for an open one', () => {
    expect(explainYamlSyntax("title: 'it''s fine'\nday: [x\n", 0, 2).line).toBe(2);
  });
});

describe('explainYamlSyntax with a bracket left open', () => {
  it('points to the line where a list is opened and never closed', () => {
    const explained = explainYamlSyntax('day: 2021-06-16\nend: [14:30\nformat: opening\n', 0, 3);
    expect(explained).toMatchObject({ line: 2, found: 'a "[" (a list) opened on line 2 and never closed', expected: expect.stringContaining('audiences: [ict, websites]') });
    expect(explained.excerpt).toEqual(['    1 | day: 2021-06-16', '>   2 | end: [14:30', '    3 | format: opening']);
  });

  it('does not blame a closed list, or brackets inside quotes', () => {
    expect(explainYamlSyntax('audiences: [ict, "a [b"]\ntitle: x: y\n', 0, 2).line).toBe(2);
  });
});
