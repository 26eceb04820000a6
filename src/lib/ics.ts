/**
 * A small iCalendar (RFC 5545) writer for the events `sessionEvent()` makes, used by the build
 * and by page scripts. ical-generator weighs about 9 kB gzipped, more than a page's whole script
 * budget, and writes the same calendar some 18 times slower, which made calendar files a fifth of
 * the build time on a large programme (docs/performance.md). tests/unit/ics.test.ts checks that
 * both write the same calendar.
 */

/** STATUS values of an event (RFC 5545 §3.8.1.11). */
export type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** An event with plain values only: what `sessionEvent()` returns. */
export interface PlainEvent {
  /** The UID. */
  id: string;
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  status: EventStatus;
}

export interface PlainCalendar {
  name: string;
  /** Language code of the texts, e.g. "fr". */
  language: string;
  /** How often subscribed copies should refresh, as an RFC 5545 duration such as "P1D". */
  refreshInterval?: string | undefined;
  events: PlainEvent[];
}

const CRLF = '\r\n';

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');
}

/** A UTC date-time, e.g. `20210616T120000Z` (§3.3.5). */
function utc(instant: Date): string {
  return instant.toISOString().replace(/\.\d+/, '').replace(/[-:]/g, '');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Bytes of a code point in UTF-8. */
function octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A line of at most 75 octets, continued on lines that start with a space, never splitting a character (§3.1). */
function fold(line: string): string {
  // Most lines already fit: 25 UTF-16 units make at most 75 octets, and ASCII is one octet a unit.
  if (line.length <= 25 || (line.length <= 75 && ASCII.test(line))) return line;
  let folded = '';
  let width = 0;
  for (const char of line) {
    const size = octets(char);
    if (width + size > 75) {
      folded += `${CRLF} `;
      width = 1;
    }
    folded += char;
    width += size;
  }
  return folded;
}

/** The text of an `.ics` file, every line (the last one too) ended by CRLF. */
export function icsText({ name, language, refreshInterval, events }: PlainCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//conference-site//programme//${language.toUpperCase()}`,
    `NAME:${text(name)}`,
    `X-WR-CALNAME:${text(name)}`,
    ...(refreshInterval ? [`REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`, `X-PUBLISHED-TTL:${refreshInterval}`] : []),
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${text(event.id)}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${utc(event.stamp)}`,
      `DTSTART:${utc(event.start)}`,
      `DTEND:${utc(event.end)}`,
      `SUMMARY:${text(event.summary)}`,
      `LOCATION:${text(event.location)}`,
      `DESCRIPTION:${text(event.description)}`,
      `URL;VALUE=URI:${event.url}`,
      `STATUS:${event.status}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}
