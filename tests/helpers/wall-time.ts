/**
 * The instant a wall clock shows a given day and time, found by brute force with Intl alone,
 * so tests check the site's time arithmetic (src/lib/time.ts) against an independent answer.
 * A time shown twice (clocks going back) gives its first occurrence, as the site does.
 */
export function wallClockInstant(day: string, time: string, timeZone: string): Date {
  const clock = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const wanted = `${day}, ${time}`;
  const naive = Date.parse(`${day}T${time}:00Z`);
  // Every quarter of an hour within the widest offsets in use (UTC−12 to UTC+14).
  for (let at = naive - 14 * 3_600_000; at <= naive + 12 * 3_600_000; at += 15 * 60_000) {
    if (clock.format(new Date(at)) === wanted) return new Date(at);
  }
  throw new Error(`${day} ${time} never shows on the clocks of ${timeZone}`);
}

/** A day read from YAML, where an unquoted 2021-06-16 becomes a Date. */
export function yamlDay(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
