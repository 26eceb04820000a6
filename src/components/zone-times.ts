/**
 * Page script shared by TimeRange and ZoneControl: shows every time of the page in the zone the
 * visitor chose (remembered per site in localStorage), and again whenever the choice changes,
 * here or in another tab. Conference time restores the build's own texts.
 */
import { fill } from '../i18n/text.ts';
import { readZoneChoice, type ZoneChoice, zoneLabel, zonedRange, zonedTime, zoneOf, zoneStorageKey } from '../lib/local-time.ts';

// Settings of the page (BaseLayout): the language's Intl tag and its "{date}, {time}".
const { formatLocale, dateTime } = document.documentElement.dataset as { formatLocale: string; dateTime: string };
const key = zoneStorageKey(import.meta.env.BASE_URL);
/** The build's texts, written on the conference clock, to come back to. */
const originals = new Map<Node, string>();
const remember = (node: Node) => {
  if (!originals.has(node)) originals.set(node, node.textContent ?? '');
};

/** The visitor's choice; conference time when storage is refused, as without JavaScript. */
export function storedZoneChoice(): ZoneChoice {
  try {
    return readZoneChoice(localStorage.getItem(key));
  } catch {
    return 'conference';
  }
}

/** Remembers `choice` and shows the page's times in it. */
export function chooseZone(choice: ZoneChoice): void {
  try {
    localStorage.setItem(key, choice);
  } catch {
    // Not remembered across pages, but shown on this one.
  }
  showZoneTimes(choice);
}

/** Shows every time of the page in `choice`; a script that adds times later calls it again. */
export function showZoneTimes(choice = storedZoneChoice()): void {
  const timeZone = choice === 'conference' ? undefined : zoneOf(choice, '', Intl.DateTimeFormat().resolvedOptions().timeZone);
  const ranges = document.querySelectorAll<HTMLElement>('.time-range');
  for (const range of ranges) {
    const [start, end] = range.querySelectorAll('time');
    const separator = start?.nextSibling;
    if (!start || !end || !separator) continue;
    for (const node of [start, separator, end]) remember(node);
    const text = timeZone
      ? zonedRange(new Date(start.dateTime), new Date(end.dateTime), start.dateTime.slice(0, 10), formatLocale, timeZone, dateTime)
      : { start: originals.get(start)!, separator: originals.get(separator)!, end: originals.get(end)! };
    start.textContent = text.start;
    separator.textContent = text.separator;
    end.textContent = text.end;
  }
  // Single times (a table row's start, a day's span) the same way.
  for (const point of document.querySelectorAll<HTMLTimeElement>('time.time-point')) {
    remember(point);
    point.textContent = timeZone ? zonedTime(new Date(point.dateTime), point.dateTime.slice(0, 10), formatLocale, timeZone, dateTime) : originals.get(point)!;
  }
  // Zone notes say which clock the times are on: the build's text for conference time.
  // Each note names the offset in force at the first time of its day (or of the page): daylight saving may change it.
  for (const note of document.querySelectorAll<HTMLElement>('[data-zone-note]')) {
    remember(note);
    const reference = (note.closest('[data-programme-day]') ?? document.querySelector('main'))?.querySelector<HTMLTimeElement>('time[datetime]')?.dateTime;
    note.textContent = timeZone && reference ? fill(note.dataset.zoneNote!, zoneLabel(new Date(reference), formatLocale, timeZone)) : originals.get(note)!;
  }
}
showZoneTimes();
addEventListener('storage', (event) => event.key === key && showZoneTimes());
