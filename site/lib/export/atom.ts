/**
 * An Atom (RFC 4287) writer for the follow feeds: `tag:` ids (RFC 4151) that depend only on the
 * record, dates as the start of the day in Beijing, text escaped, `xml:lang` on the feed.
 * Pure and generic: site/lib/export/followFeeds.ts decides the entries.
 */

export interface AtomEntry {
  /** The record behind the entry (`participation-…`); with the feed's language it makes the id. */
  readonly key: string;
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly updated: string;
  /** Absolute URL of the page that shows the record. */
  readonly link: string;
  readonly summary: string;
  readonly categories?: readonly string[];
}

export interface AtomFeed {
  /** The feed's own key, e.g. `enterprises/zhixin-tech`. */
  readonly key: string;
  /** BCP 47 tag (`zh-CN`, `en`) and the feed's language code in ids (`zh`, `en`). */
  readonly language: string;
  readonly langCode: string;
  readonly title: string;
  readonly subtitle?: string;
  /** Absolute URLs of the feed itself and of the page it follows. */
  readonly selfHref: string;
  readonly alternateHref: string;
  readonly author: string;
  /** `YYYY-MM-DD`, used for `updated` when there is no entry. */
  readonly today: string;
  readonly entries: readonly AtomEntry[];
}

/** The year in the `tag:` ids: when the register began to mint them (fixed, so ids never change). */
export const TAG_YEAR = 2026;

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * Text for XML character data and attributes.
 * @example escapeXml('a < b & "c"') //=> 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * A `tag:` URI (RFC 4151) for the site's host.
 * @example tagUri(new URL('https://zl.example.gov.cn/'), 'en/participation-x') //=> 'tag:zl.example.gov.cn,2026:en/participation-x'
 */
export function tagUri(site: URL, specific: string): string {
  return `tag:${site.hostname},${TAG_YEAR}:${specific}`;
}

/**
 * A day as the RFC 3339 instant it begins in Beijing.
 * @example atomDate('2026-10-28') //=> '2026-10-28T00:00:00+08:00'
 */
export function atomDate(date: string): string {
  return `${date.slice(0, 10)}T00:00:00+08:00`;
}

/** Newest first; same day by key, so the order is stable. */
export function sortEntries(entries: readonly AtomEntry[]): AtomEntry[] {
  return [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.key.localeCompare(b.key));
}

/** The feed document. */
export function writeAtom(feed: AtomFeed, site: URL): string {
  const entries = sortEntries(feed.entries);
  const updated = entries[0]?.updated ?? feed.today;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(tagUri(site, `${feed.langCode}/${feed.key}`))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfHref)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateHref)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(tagUri(site, `${feed.langCode}/${entry.key}`))}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
