/**
 * The items of the RSS feed: public award results (nominations with an announcement date)
 * and newly published standards, newest first, at most FEED_LIMIT. Pure, so the unit tests
 * can assert the exact items.
 */
import { awardListPath, standardPath } from '../routes.ts';
import type { RSSFeedItem } from '@astrojs/rss';
import type { Nomination, Register, Standard } from '../data/register.ts';
import { AWARD_LEVELS, NOMINATION_OUTCOMES, STANDARD_LEVELS, labelFor } from '../domain/vocabulary.ts';
import { localText } from '../i18n/localize.ts';
import { localePath, type Lang } from '../i18n/locales.ts';
import { FEED_UI } from '../i18n/strings/feed.ts';

/** Feed readers fetch the whole file on every poll; 50 items covers several award cycles. */
export const FEED_LIMIT = 50;

/** A feed item with the record date it is sorted by. */
export interface FeedEntry extends RSSFeedItem {
  /** `YYYY-MM-DD`: announcement or publication date. */
  readonly date: string;
  /** Sort tie-breaker and non-permalink guid. */
  readonly id: string;
}

/**
 * A calendar date as the instant it began in Beijing (UTC+8), the bureau's calendar.
 * @example beijingMidnight('2025-12-18').toISOString() //=> '2025-12-17T16:00:00.000Z'
 */
export function beijingMidnight(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00+08:00`);
}

const LISTS: Readonly<Record<Lang, Intl.ListFormat>> = {
  zh: new Intl.ListFormat('zh-CN', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One award result as a feed item (also the Atom follow feeds' wording, site/lib/export/followFeeds.ts). */
export function resultEntry(n: Nomination, date: string, lang: Lang, site: URL): FeedEntry {
  const award = localText(n.award.name, lang);
  const enterprise = localText(n.enterprise.name, lang);
  const outcome = labelFor(NOMINATION_OUTCOMES, n.outcome)?.[lang] ?? n.outcome;
  const level = labelFor(AWARD_LEVELS, n.award.level)?.[lang] ?? '';
  return {
    id: n._id,
    date,
    title: lang === 'zh' ? `${award} ${n.year} 年：${enterprise} ${outcome}` : `${award} ${n.year}: ${enterprise} — ${outcome}`,
    link: new URL(localePath(lang, awardListPath(n.award, n.year)), site).href,
    pubDate: beijingMidnight(date),
    description:
      lang === 'zh'
        ? `${enterprise}在${award}（${level}）${n.year} 年评选中的结果为“${outcome}”，${date} 公布。`
        : `${enterprise}: ${outcome} in the ${n.year} ${award} (${level}), announced on ${date}.`,
    categories: [award],
    // Several results share one award-year page, so the link cannot be the guid.
    customData: `<guid isPermaLink="false">${escapeXml(n._id)}</guid>`,
  };
}

function standardEntry(s: Standard, date: string, lang: Lang, site: URL): FeedEntry {
  const title = localText(s.title, lang);
  const level = labelFor(STANDARD_LEVELS, s.level)?.[lang] ?? '';
  const participants = [...new Set(s.participations.map((p) => localText(p.enterprise.name, lang)))];
  const effective = s.effectiveOn ? (lang === 'zh' ? `，${s.effectiveOn} 实施` : `, effective ${s.effectiveOn}`) : '';
  const names = LISTS[lang].format(participants);
  // A name ending in "Ltd." already closes the sentence.
  const who = participants.length === 0 ? '' : lang === 'zh' ? `参与企业：${names}。` : ` Participating enterprises: ${names}${names.endsWith('.') ? '' : '.'}`;
  return {
    id: s._id,
    date,
    title: `${FEED_UI.published[lang]}${lang === 'zh' ? '：' : ': '}${s.parsed.display} ${title}`,
    link: new URL(localePath(lang, standardPath(s.slug)), site).href,
    pubDate: beijingMidnight(date),
    description:
      lang === 'zh'
        ? `${level} ${s.parsed.display}《${title}》于 ${date} 发布${effective}。${who}`
        : `${level} standard ${s.parsed.display} “${title}” was published on ${date}${effective}.${who}`,
    categories: [level],
  };
}

/** Newest first; same day: award results before standards, then by id, so the order is stable. */
function compareEntries(a: Pick<FeedEntry, 'date' | 'id'>, b: Pick<FeedEntry, 'date' | 'id'>): number {
  return b.date.localeCompare(a.date) || Number(a.id.startsWith('standard-')) - Number(b.id.startsWith('standard-')) || a.id.localeCompare(b.id);
}

/** The feed items in a language, dated on or before the build date. */
export function feedEntries(register: Register, lang: Lang, site: URL, limit = FEED_LIMIT): FeedEntry[] {
  // Sorted by date and id first, so only the items the feed keeps are written out (at 50,000 documents, 50 of 20,000).
  const results = register.nominations.flatMap((n) =>
    n.announcedOn && n.announcedOn <= register.today ? [{ date: n.announcedOn, id: n._id, make: () => resultEntry(n, n.announcedOn ?? '', lang, site) }] : [],
  );
  const standards = register.standards.flatMap((s) =>
    s.publishedOn && s.publishedOn <= register.today ? [{ date: s.publishedOn, id: s._id, make: () => standardEntry(s, s.publishedOn ?? '', lang, site) }] : [],
  );
  return [...results, ...standards]
    .sort(compareEntries)
    .slice(0, limit)
    .map((candidate) => candidate.make());
}

/** The items as @astrojs/rss takes them (without the sort fields). */
export function feedItems(register: Register, lang: Lang, site: URL, limit = FEED_LIMIT): RSSFeedItem[] {
  return feedEntries(register, lang, site, limit).map(({ date: _date, id: _id, ...item }) => item);
}
