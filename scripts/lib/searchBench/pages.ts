/**
 * One HTML page per search record, for Pagefind to index: the text a record's page shows
 * (name, code, title, description). Pinyin is not on the pages, so Pagefind never sees it.
 */
import type { SearchRecord } from '../../../site/lib/search/records.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function recordHtml(record: SearchRecord): string {
  const f = record.fields;
  const heading = [...(f.code ?? []).slice(0, 1), ...(f.name ?? []), ...(f.title ?? [])].map(escape).join(' · ');
  const body = (f.description ?? []).map((d) => `<p>${escape(d)}</p>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${heading}</title></head><body><main><h1>${heading}</h1>${body}</main></body></html>`;
}
