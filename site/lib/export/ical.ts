/**
 * An iCalendar (RFC 5545) writer for all-day deadline calendars: CRLF line ends, lines folded
 * at 75 octets without splitting a UTF-8 character, TEXT values escaped, a fixed DTSTAMP (the
 * build date, so a rebuild of the same data writes the same bytes), the Asia/Shanghai time zone
 * as a VTIMEZONE and the calendar's default, and a display alarm per event when asked for.
 *
 * Pure and generic: site/lib/export/calendars.ts decides which events a calendar holds.
 */

/** One all-day event. */
export interface IcsEvent {
  /** Globally unique and stable across builds (RFC 5545 §3.8.4.7). */
  readonly uid: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
  /** http(s) only; written as a URI value (not escaped as TEXT). */
  readonly url?: string;
  readonly categories?: readonly string[];
  /** A display alarm `daysBefore` days before the day, at `atHour` o'clock local time. */
  readonly alarm?: { readonly daysBefore: number; readonly atHour: number; readonly description: string };
}

export interface IcsCalendar {
  /** PRODID, e.g. `-//Haidian District Quality Bureau//Standards Register//ZH`. */
  readonly prodId: string;
  /** BCP 47 tag of the text (`zh-CN`, `en`): the LANGUAGE parameter of SUMMARY and DESCRIPTION. */
  readonly language: string;
  readonly name: string;
  readonly description?: string;
  /** The build date, `YYYY-MM-DD`: DTSTAMP is its first instant in Beijing, in UTC. */
  readonly stampDate: string;
  readonly events: readonly IcsEvent[];
}

/** The bureau's time zone: China Standard Time, UTC+8 all year (no daylight saving since 1991). */
export const TIME_ZONE = 'Asia/Shanghai';

/** RFC 5545 §3.1: lines longer than 75 octets (CRLF excluded) are folded. */
export const MAX_LINE_OCTETS = 75;

const CRLF = '\r\n';

/**
 * A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and newline; other
 * control characters (not allowed in TEXT) are dropped.
 * @example escapeText('a,b;c\\d\ne') //=> 'a\\,b\\;c\\\\d\\ne'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * A content line folded into lines of at most 75 octets, each continuation starting with a
 * space; a multi-byte character is never split.
 * @example foldLine('SUMMARY:' + 'x'.repeat(70)).split('\r\n').map((l) => l.length) //=> [75, 4]
 */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most 3 octets (a surrogate pair, 2 units, is 4): most lines need no walk.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line;
  let out = '';
  let start = 0;
  let octets = 0;
  // Continuation lines carry a leading space, which counts towards their 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (let i = 0; i < line.length;) {
    const unit = line.charCodeAt(i);
    // A high surrogate starts a pair: one 4-octet character in two units (a lone one is 3, as U+FFFD).
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > limit) {
      out += `${line.slice(start, i)}${CRLF} `;
      start = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return out + line.slice(start);
}

/**
 * `YYYY-MM-DD` as an iCalendar DATE.
 * @example icsDate('2026-12-15') //=> '20261215'
 */
export function icsDate(date: string): string {
  return date.slice(0, 10).replace(/-/g, '');
}

/**
 * The next day (an all-day event's exclusive DTEND).
 * @example nextDay('2026-12-31') //=> '2027-01-01'
 */
export function nextDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The first instant of a day in Beijing, as an iCalendar UTC DATE-TIME.
 * @example beijingStamp('2026-11-28') //=> '20261127T160000Z'
 */
export function beijingStamp(date: string): string {
  const instant = new Date(`${date.slice(0, 10)}T00:00:00+08:00`);
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The alarm's trigger relative to the start of the all-day event (its midnight): `daysBefore`
 * days earlier at `atHour`.
 * @example alarmTrigger(7, 9) //=> '-P6DT15H'
 */
export function alarmTrigger(daysBefore: number, atHour: number): string {
  if (atHour === 0) return `-P${daysBefore}D`;
  return `-P${daysBefore - 1}DT${24 - atHour}H`;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent, stamp: string, language: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.date))}`,
    `SUMMARY;LANGUAGE=${language}:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION;LANGUAGE=${language}:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL;VALUE=URI:${event.url}`);
  if (event.categories && event.categories.length > 0) lines.push(`CATEGORIES;LANGUAGE=${language}:${event.categories.map(escapeText).join(',')}`);
  // A deadline does not make anyone busy.
  lines.push('TRANSP:TRANSPARENT', 'STATUS:CONFIRMED', 'SEQUENCE:0');
  if (event.alarm) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${alarmTrigger(event.alarm.daysBefore, event.alarm.atHour)}`,
      `DESCRIPTION:${escapeText(event.alarm.description)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The calendar as iCalendar text (CRLF, folded), events by date then UID. */
export function writeCalendar(calendar: IcsCalendar): string {
  const stamp = beijingStamp(calendar.stampDate);
  const events = [...calendar.events].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `NAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`, `DESCRIPTION:${escapeText(calendar.description)}`] : []),
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    // Subscribed calendars: look again once a day (RFC 7986, and the older Apple/Microsoft name).
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, stamp, calendar.language)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
