/**
 * The iCalendar files: the writer's RFC 5545 details (escaping, folding at 75 octets, CRLF,
 * all-day dates, the reminder), and every calendar of the embedded dataset parsed with a real
 * parser (ical.js) and checked against the data; one imported into a second client library
 * (node-ical).
 */
import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../site/lib/data/register.ts';
import { matchSupportPrograms } from '../../../site/lib/domain/eligibility.ts';
import { allProgramsCalendar, enterpriseCalendar, eventUid, programCalendar } from '../../../site/lib/export/calendars.ts';
import { alarmTrigger, beijingStamp, escapeText, foldLine, icsDate, nextDay, writeCalendar } from '../../../site/lib/export/ical.ts';
import { LANGS } from '../../../site/lib/i18n/locales.ts';
import { loadDatasetRegister } from '../awards/register.ts';
import { alarmFiresAt, lineProblems, readCalendar } from './readCalendar.ts';

const SITE = new URL('https://zl.example.gov.cn/');
let register: Register;
beforeAll(async () => {
  register = await loadDatasetRegister();
});

const enterprise = (slug: string) => {
  const e = register.enterprises.find((x) => x.slug === slug);
  if (!e) throw new Error(`no enterprise ${slug} in content/dataset.ndjson`);
  return e;
};

describe('iCalendar writer', () => {
  it('escapes TEXT: backslash, semicolon, comma, newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('x\u0007y')).toBe('xy');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'海淀区标准化项目资助'.repeat(8)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toMatch(/\uFFFD/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('folds exactly at the octet limit, surrogate pairs (4 octets) kept whole', () => {
    // The walk by characters it replaced, as the reference.
    const reference = (line: string): string => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = new TextEncoder().encode(char).length;
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    };
    const pieces = ['a', 'é', '海', '𠀀', '😀', ';', ' '];
    let seed = 7;
    for (let n = 0; n < 300; n += 1) {
      let line = 'DESCRIPTION:';
      const length = n % 120;
      for (let i = 0; i < length; i += 1) line += pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length];
      expect(foldLine(line), line).toBe(reference(line));
    }
    expect(foldLine(`X:${'a'.repeat(73)}`)).toBe(`X:${'a'.repeat(73)}`);
    expect(foldLine(`X:${'a'.repeat(74)}`)).toBe(`X:${'a'.repeat(73)}\r\n a`);
  });

  it('writes all-day dates, the build date as DTSTAMP in UTC and a 09:00 reminder 7 days ahead', () => {
    expect(icsDate('2026-12-15')).toBe('20261215');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(beijingStamp('2026-11-28')).toBe('20261127T160000Z');
    expect(alarmTrigger(7, 9)).toBe('-P6DT15H');
    expect(alarmTrigger(7, 0)).toBe('-P7D');
  });
});

describe('/calendar.ics on the embedded dataset', () => {
  it('holds the opening and closing day of every published programme (13 events), parsed by ical.js', () => {
    const ics = writeCalendar(allProgramsCalendar(register, 'zh', SITE));
    expect(lineProblems(ics)).toEqual([]);
    const cal = readCalendar(ics);
    expect(cal.version).toBe('2.0');
    expect(cal.timezones).toEqual(['Asia/Shanghai']);
    expect(cal.defaultTimezone).toBe('Asia/Shanghai');
    expect(cal.name).toBe('海淀区支持政策与质量奖申报日历');
    expect(cal.events).toHaveLength(13);
    // Against the data: one event per programme date, all-day, the next day as DTEND.
    const expected = register.programs.flatMap((p) => [
      ...(p.opensOn ? [{ uid: eventUid(p, 'opens', SITE), start: p.opensOn, end: nextDay(p.opensOn), alarms: 0 }] : []),
      ...(p.closesOn ? [{ uid: eventUid(p, 'closes', SITE), start: p.closesOn, end: nextDay(p.closesOn), alarms: 1 }] : []),
    ]);
    expect(cal.events.map((e) => ({ uid: e.uid, start: e.start, end: e.end, alarms: e.alarms.length })).sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(
      expected.sort((a, b) => a.uid.localeCompare(b.uid)),
    );
    for (const event of cal.events) {
      expect(event.allDay, event.uid).toBe(true);
      expect(event.dtstamp).toBe('2026-11-27T16:00:00Z');
      expect(event.language).toBe('zh-CN');
    }
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(13);
  });

  it('the 2026 subsidy deadline: summary, escaped text read back, programme link, reminder on 2026-12-08 at 09:00', () => {
    const cal = readCalendar(writeCalendar(allProgramsCalendar(register, 'zh', SITE)));
    const deadline = cal.events.find((e) => e.uid === 'supportProgram-standards-subsidy-2026-closes@zl.example.gov.cn');
    expect(deadline?.summary).toBe('截止：海淀区标准化项目资助（2026年度）');
    expect(deadline?.start).toBe('2026-12-15');
    expect(deadline?.url).toBe('https://zl.example.gov.cn/support/standards-subsidy-2026/');
    expect(deadline?.description.split('\n').slice(0, 3)).toEqual([
      '受理期：2026-03-01 至 2026-12-15',
      '文号：海市监发〔2026〕8号',
      '资助标准：国际标准 500,000 元；国家标准 300,000 元；行业标准 100,000 元；地方标准 100,000 元；团体标准 50,000 元',
    ]);
    expect(deadline?.categories).toEqual(['资助']);
    const [alarm] = deadline?.alarms ?? [];
    expect(alarm?.action).toBe('DISPLAY');
    expect(alarm?.description).toBe('7 天后截止：海淀区标准化项目资助（2026年度）');
    expect(deadline && alarm ? alarmFiresAt(deadline, alarm) : '').toBe('2026-12-08 09:00');
  });

  it('marks the award recommendation windows, in English too', () => {
    const cal = readCalendar(writeCalendar(allProgramsCalendar(register, 'en', SITE)));
    const beijing = cal.events.find((e) => e.uid === 'supportProgram-beijing-quality-award-2027-recommendation-closes@zl.example.gov.cn');
    expect(beijing?.summary).toMatch(/^Deadline: /);
    expect(beijing?.categories).toEqual(['Recommendation', 'Quality award application']);
    expect(beijing?.language).toBe('en');
    expect(beijing?.url).toBe('https://zl.example.gov.cn/en/support/beijing-quality-award-2027-recommendation/');
  });

  it('a programme without a closing day (the service desk) has only its opening day', () => {
    const desk = register.programs.find((p) => p.slug === 'standardization-service-desk');
    expect(desk && readCalendar(writeCalendar(programCalendar(desk, register.today, 'zh', SITE))).events.map((e) => [e.uid, e.start])).toEqual([
      ['supportProgram-standardization-service-desk-opens@zl.example.gov.cn', '2025-01-01'],
    ]);
  });
});

describe('an enterprise calendar', () => {
  it('zhixin-tech: the windows of exactly the programmes the profile matcher finds, with the reason and the dossier', () => {
    const e = enterprise('zhixin-tech');
    const matches = matchSupportPrograms(e, register.programs, register.today);
    expect(matches.map((m) => m.program.slug).sort()).toEqual([
      'beijing-quality-award-2027-recommendation',
      'international-standardization-support',
      'standards-subsidy-2026',
      'zhongguancun-quality-award-2026',
    ]);
    const cal = readCalendar(writeCalendar(enterpriseCalendar(e, register, 'zh', SITE)));
    expect(cal.name).toBe('北京智芯微联科技股份有限公司：可申请政策的截止日期');
    expect(cal.events).toHaveLength(8);
    expect(new Set(cal.events.map((ev) => ev.uid.replace(/-(opens|closes)@.*$/, '')))).toEqual(new Set(matches.map((m) => m.program._id)));
    const subsidy = cal.events.find((ev) => ev.uid === eventUid({ _id: 'supportProgram-standards-subsidy-2026' }, 'closes', SITE));
    const lines = subsidy?.description.split('\n') ?? [];
    expect(lines[0]).toBe(`符合条件的依据：${matches.find((m) => m.program.slug === 'standards-subsidy-2026')?.reason.zh}`);
    expect(lines[1]).toBe('申报材料清单：https://zl.example.gov.cn/enterprises/zhixin-tech/dossier/standards-subsidy-2026/');
    // A tier-only programme has no dossier line.
    const beijing = cal.events.find((ev) => ev.uid === 'supportProgram-beijing-quality-award-2027-recommendation-closes@zl.example.gov.cn');
    expect(beijing?.description.split('\n')[0]).toBe('符合条件的依据：服务类型为培优型（限培优型）');
    expect(beijing?.description).not.toContain('申报材料清单');
  });

  it('keeps each deadline’s UID across calendars, languages and rebuilds', () => {
    const e = enterprise('zhixin-tech');
    const uids = (ics: string) =>
      readCalendar(ics)
        .events.map((ev) => ev.uid)
        .sort();
    const zh = writeCalendar(enterpriseCalendar(e, register, 'zh', SITE));
    expect(writeCalendar(enterpriseCalendar(e, register, 'zh', SITE))).toBe(zh);
    expect(uids(writeCalendar(enterpriseCalendar(e, register, 'en', SITE)))).toEqual(uids(zh));
    const all = new Set(uids(writeCalendar(allProgramsCalendar(register, 'zh', SITE))));
    for (const uid of uids(zh)) expect(all.has(uid), uid).toBe(true);
  });

  it('every calendar of the dataset (all, each programme, each enterprise; both languages) parses, with well-formed lines and unique UIDs', () => {
    const files = LANGS.flatMap((lang) => [
      allProgramsCalendar(register, lang, SITE),
      ...register.programs.map((p) => programCalendar(p, register.today, lang, SITE)),
      ...register.enterprises.map((e) => enterpriseCalendar(e, register, lang, SITE)),
    ]);
    expect(files).toHaveLength(2 * (1 + 7 + 34));
    let events = 0;
    for (const file of files) {
      const ics = writeCalendar(file);
      expect(lineProblems(ics), file.name).toEqual([]);
      const cal = readCalendar(ics);
      expect(new Set(cal.events.map((e) => e.uid)).size, file.name).toBe(cal.events.length);
      for (const event of cal.events) {
        expect(event.allDay).toBe(true);
        expect(event.alarms.length).toBe(event.uid.includes('-closes@') ? 1 : 0);
      }
      events += cal.events.length;
    }
    expect(events).toBeGreaterThan(100);
  });

  it('imports into a second client library (node-ical) with the same events', () => {
    const ics = writeCalendar(enterpriseCalendar(enterprise('zhixin-tech'), register, 'en', SITE));
    const parsed = ical.sync.parseICS(ics);
    const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events).toHaveLength(8);
    const deadline = events.find((ev) => ev.uid === 'supportProgram-standards-subsidy-2026-closes@zl.example.gov.cn');
    expect(deadline?.datetype).toBe('date');
    expect(deadline?.start.dateOnly).toBe(true);
    const summary = deadline?.summary;
    expect(typeof summary === 'string' ? summary : summary?.val).toBe('Deadline: Haidian standardization subsidy (2026)');
    expect(deadline?.alarms?.map((a) => [a.action, a.trigger])).toEqual([['DISPLAY', '-P6DT15H']]);
    expect(Object.values(parsed).some((c) => c?.type === 'VTIMEZONE')).toBe(true);
  });
});
