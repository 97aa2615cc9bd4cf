/**
 * The follow feeds (Atom): per enterprise, its newly verified records — standards work and
 * committee seats, dated by the day staff verified them — and its public award results; per
 * award, its public results. Award results are dated by their announcement (else the day
 * they were verified) and worded as in the site feed (`resultEntry`). Only what the public
 * register holds, dated on or before the build date.
 */
import type { Award, CommitteeRole, Enterprise, Nomination, Participation, Register } from '../data/register.ts';
import { COMMITTEE_ROLES, PARTICIPATION_ROLES, STANDARD_LEVELS, labelFor } from '../domain/vocabulary.ts';
import { LANG_TAGS, localePath, type Lang } from '../i18n/locales.ts';
import { localText } from '../i18n/localize.ts';
import { FOLLOW_UI } from '../i18n/strings/follow.ts';
import { UI } from '../i18n/ui.ts';
import { awardFeedPath, awardPath, committeePath, enterpriseFeedPath, enterprisePath, standardPath } from '../routes.ts';
import { sortEntries, type AtomEntry, type AtomFeed } from './atom.ts';
import { resultEntry } from './feedItems.ts';
import { fillTemplate as fill } from '../i18n/template.ts';

/** The day a result became public: its announcement, else the day it was verified. */
export function resultDate(n: Nomination): string | undefined {
  return n.announcedOn ?? n.verification.on;
}

function participationEntry(p: Participation, date: string, lang: Lang, site: URL): AtomEntry {
  const role = labelFor(PARTICIPATION_ROLES, p.role)?.[lang] ?? p.role ?? '';
  const level = labelFor(STANDARD_LEVELS, p.standard.level)?.[lang] ?? '';
  const code = p.standard.parsed.display;
  const title = localText(p.standard.title, lang);
  const enterprise = localText(p.enterprise.name, lang);
  const rank = p.rank == null ? '' : lang === 'zh' ? `，起草单位排名第 ${p.rank}` : `, ranked ${p.rank}`;
  const source = p.source?.title ? (lang === 'zh' ? `来源：${p.source.title}。` : ` Source: ${p.source.title}.`) : '';
  return {
    key: p._id,
    title: lang === 'zh' ? `${role}：${code}《${title}》` : `${role}: ${code} ${title}`,
    updated: date,
    link: new URL(localePath(lang, standardPath(p.standard.slug)), site).href,
    summary:
      lang === 'zh'
        ? `${enterprise}参与${level} ${code}《${title}》，角色：${role}${rank}；${date} 核验。${source}`
        : `${enterprise} — ${role.toLowerCase()}${rank} — on the ${level.toLowerCase()} standard ${code} “${title}”; verified on ${date}.${source}`,
    categories: [FOLLOW_UI.standardWork[lang]],
  };
}

function seatEntry(r: CommitteeRole, date: string, lang: Lang, site: URL): AtomEntry {
  const role = labelFor(COMMITTEE_ROLES, r.role)?.[lang] ?? r.role ?? '';
  const committee = `${r.committee.code} ${localText(r.committee.name, lang)}`;
  const enterprise = localText(r.enterprise.name, lang);
  const since = r.since ?? '';
  return {
    key: r._id,
    title: lang === 'zh' ? `${role}：${committee}` : `${role}: ${committee}`,
    updated: date,
    link: new URL(localePath(lang, committeePath(r.committee)), site).href,
    summary:
      lang === 'zh'
        ? `${enterprise}自 ${since} 起在 ${committee}任${role}；${date} 核验。`
        : `${enterprise} has been ${role.toLowerCase()} of ${committee} since ${since}; verified on ${date}.`,
    categories: [FOLLOW_UI.committeeSeat[lang]],
  };
}

function awardEntry(n: Nomination, date: string, lang: Lang, site: URL): AtomEntry {
  const item = resultEntry(n, date, lang, site);
  return {
    key: n._id,
    title: item.title ?? '',
    updated: date,
    link: item.link ?? '',
    summary: item.description ?? '',
    categories: [FOLLOW_UI.awardResult[lang]],
  };
}

/** Entries dated on or before today only: a record dated later is not news yet. */
function dated<T>(
  items: readonly T[],
  dateOf: (item: T) => string | null | undefined,
  today: string,
  entry: (item: T, date: string) => AtomEntry,
): AtomEntry[] {
  return items.flatMap((item) => {
    const date = dateOf(item);
    return date && date <= today ? [entry(item, date)] : [];
  });
}

/** An enterprise's feed: its verified standards work, committee seats and public award results. */
export function enterpriseFeed(enterprise: Enterprise, register: Pick<Register, 'today'>, lang: Lang, site: URL): AtomFeed {
  const { today } = register;
  const entries = sortEntries([
    ...dated(
      enterprise.participations,
      (p) => p.verification.on,
      today,
      (p, d) => participationEntry(p, d, lang, site),
    ),
    ...dated(
      enterprise.committeeRoles,
      (r) => r.verification.on,
      today,
      (r, d) => seatEntry(r, d, lang, site),
    ),
    ...dated(enterprise.nominations, resultDate, today, (n, d) => awardEntry(n, d, lang, site)),
  ]);
  return {
    key: `enterprises/${enterprise.slug}`,
    language: LANG_TAGS[lang],
    langCode: lang,
    title: fill(FOLLOW_UI.enterpriseTitle[lang], { name: localText(enterprise.name, lang) }),
    subtitle: FOLLOW_UI.enterpriseSubtitle[lang],
    selfHref: new URL(enterpriseFeedPath(lang, enterprise), site).href,
    alternateHref: new URL(localePath(lang, enterprisePath(enterprise)), site).href,
    author: UI.bureau[lang],
    today,
    entries,
  };
}

/** An award's feed: its public results. */
export function awardFeed(award: Award, register: Pick<Register, 'today'>, lang: Lang, site: URL): AtomFeed {
  return {
    key: `awards/${award.slug}`,
    language: LANG_TAGS[lang],
    langCode: lang,
    title: fill(FOLLOW_UI.awardTitle[lang], { name: localText(award.name, lang) }),
    subtitle: FOLLOW_UI.awardSubtitle[lang],
    selfHref: new URL(awardFeedPath(lang, award), site).href,
    alternateHref: new URL(localePath(lang, awardPath(award)), site).href,
    author: UI.bureau[lang],
    today: register.today,
    entries: sortEntries(dated(award.nominations, resultDate, register.today, (n, d) => awardEntry(n, d, lang, site))),
  };
}
