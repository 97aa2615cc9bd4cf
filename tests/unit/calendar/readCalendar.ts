/**
 * An iCalendar file as a real parser reads it (ical.js, Mozilla's RFC 5545 parser), reduced
 * to what the tests compare: calendar properties and each event with its dates and alarm.
 * Shared by the unit tests and the e2e spec that parses every .ics of the build.
 */
import ICAL from 'ical.js';

export interface ParsedAlarm {
  readonly action: string;
  /** The trigger relative to the event's start, in seconds (negative: before). */
  readonly triggerSeconds: number;
  readonly description: string;
}

export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string | null;
  readonly categories: string[];
  /** `YYYY-MM-DD` */
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  readonly dtstamp: string;
  readonly language: string | null;
  readonly alarms: ParsedAlarm[];
}

export interface ParsedCalendar {
  readonly version: string;
  readonly prodId: string;
  readonly name: string;
  readonly timezones: string[];
  readonly defaultTimezone: string;
  readonly events: ParsedEvent[];
}

const text = (value: unknown): string => (value == null ? '' : String(value));

// ical.js 2 knows RFC 5545's properties, not RFC 7986's NAME nor the X-WR- names calendar apps
// use; unknown properties are read raw (still escaped). All of them are TEXT.
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] ??= { defaultType: 'text' };

/** Parse with ical.js; it throws on text that is not iCalendar. */
export function readCalendar(ics: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  if (root.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${root.name}`);
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarms = vevent.getAllSubcomponents('valarm').map((valarm) => {
      const trigger = valarm.getFirstPropertyValue('trigger');
      if (!(trigger instanceof ICAL.Duration)) throw new Error(`${event.uid}: the alarm's trigger is not a duration`);
      return {
        action: text(valarm.getFirstPropertyValue('action')),
        triggerSeconds: trigger.toSeconds(),
        description: text(valarm.getFirstPropertyValue('description')),
      };
    });
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: vevent.getFirstPropertyValue('url') == null ? null : text(vevent.getFirstPropertyValue('url')),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(text)),
      start: event.startDate.toString().slice(0, 10),
      end: event.endDate.toString().slice(0, 10),
      allDay: event.startDate.isDate && event.endDate.isDate,
      dtstamp: text(vevent.getFirstPropertyValue('dtstamp')),
      language: text(vevent.getFirstProperty('summary')?.getParameter('language')) || null,
      alarms,
    };
  });
  return {
    version: text(root.getFirstPropertyValue('version')),
    prodId: text(root.getFirstPropertyValue('prodid')),
    name: text(root.getFirstPropertyValue('name')),
    timezones: root.getAllSubcomponents('vtimezone').map((tz) => text(tz.getFirstPropertyValue('tzid'))),
    defaultTimezone: text(root.getFirstPropertyValue('x-wr-timezone')),
    events,
  };
}

/**
 * The local wall-clock time an alarm fires for an all-day event: the day's midnight plus the
 * trigger, as `YYYY-MM-DD HH:MM`.
 */
export function alarmFiresAt(event: ParsedEvent, alarm: ParsedAlarm): string {
  const start = Date.parse(`${event.start}T00:00:00Z`);
  return new Date(start + alarm.triggerSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Problems with the file's lines: CRLF ends, at most 75 octets each (RFC 5545 §3.1). */
export function lineProblems(ics: string): string[] {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('does not end with CRLF');
  const lines = ics.split('\r\n').slice(0, -1);
  lines.forEach((line, i) => {
    if (line.includes('\n') || line.includes('\r')) problems.push(`line ${i + 1}: bare LF or CR`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`line ${i + 1}: ${octets} octets`);
  });
  return problems;
}
