/**
 * A live build reads the content file again on every publish with a DocumentCache: unchanged
 * lines are not parsed or checked again. Its report must be exactly a fresh read's — the same
 * problems at the lines where they now are — and only changed lines get new documents.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentCache, parseNdjson } from '../../../site/lib/content/index.ts';
import { checkRead } from '../../../site/lib/content/loadContent.ts';

const TODAY = '2026-01-15';
const lines = readFileSync('content/dataset.ndjson', 'utf8').trimEnd().split('\n');

const check = (text: string, cache?: DocumentCache) => {
  const read = parseNdjson('content.ndjson', Buffer.from(text), cache);
  return { read, checked: checkRead('content.ndjson', read, { today: TODAY, ...(cache ? { documentCache: cache } : {}) }) };
};

/** An enterprise whose USCC fails its check digit, and a standard without its title: problems of the document's own. */
function broken(): { lines: string[]; standardLine: number } {
  const out = [...lines];
  const e = out.findIndex((l) => l.includes('"_type":"enterprise"') && l.includes('"uscc"') && !l.startsWith('{"_id":"drafts.'));
  const s = out.findIndex((l) => l.includes('"_type":"standard"') && l.includes('"title"') && !l.startsWith('{"_id":"drafts.'));
  const enterprise = JSON.parse(out[e]!) as { uscc: string };
  enterprise.uscc = `${enterprise.uscc.slice(0, -1)}${enterprise.uscc.endsWith('0') ? '1' : '0'}`;
  out[e] = JSON.stringify(enterprise);
  const { title: _title, ...standard } = JSON.parse(out[s]!) as { title: unknown };
  out[s] = JSON.stringify(standard);
  return { lines: out, standardLine: s + 1 };
}

describe('DocumentCache', () => {
  it('reports on a second read exactly what a fresh read reports, at the lines where the problems now are', () => {
    const cache = new DocumentCache();
    const { lines: first, standardLine } = broken();
    expect(check(`${first.join('\n')}\n`, cache).checked.problems).toEqual(check(`${first.join('\n')}\n`).checked.problems);

    // The second read: a line added at the top moves every problem one line down; one enterprise is edited.
    const edited = first.findIndex((l) => l.includes('"_type":"enterprise"') && !l.startsWith('{"_id":"drafts.'));
    const next = [...first];
    const enterprise = JSON.parse(next[edited]!) as { name: { zh: string } };
    enterprise.name.zh += '（已更新）';
    next[edited] = JSON.stringify(enterprise);
    const second = [JSON.stringify({ _id: 'award-extra', _type: 'award', name: { zh: '附加奖' } }), ...next];
    const again = check(`${second.join('\n')}\n`, cache);
    const fresh = check(`${second.join('\n')}\n`);
    expect(again.checked.problems).toEqual(fresh.checked.problems);
    expect(again.checked.errors).toBe(fresh.checked.errors);
    expect(again.checked.errors).toBeGreaterThanOrEqual(2);
    expect(again.checked.problems.filter((p) => p.level === 'error').map((p) => p.line)).toContain(standardLine + 1);
  });

  it('gives an unchanged line the document it read before, and a changed line a new one', () => {
    const cache = new DocumentCache();
    const a = check(`${lines.join('\n')}\n`, cache).read.entries;
    const changed = [...lines];
    const i = changed.findIndex((l) => l.includes('"_type":"enterprise"'));
    changed[i] = changed[i]!.replace('"_type":"enterprise"', '"_type":"enterprise","note":"x"');
    const b = check(`${changed.join('\n')}\n`, cache).read.entries;
    expect(b.length).toBe(a.length);
    expect(b.filter((entry, k) => entry.doc !== a[k]?.doc).map((entry) => entry.line)).toEqual([i + 1]);
  });
});
