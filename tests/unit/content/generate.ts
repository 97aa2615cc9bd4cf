/**
 * Generated datasets for the scale and hostile-input tests: valid, linked documents of every
 * type, with fixed ids so a failure names a reproducible line.
 */
import { USCC_ALPHABET, usccCheckCharacter } from '../../../site/lib/domain/uscc.ts';

const ref = (id: string) => ({ _type: 'reference', _ref: id });
const verified = { status: 'verified', by: 'staff', on: '2024-01-10' };
const ls = (zh: string, en?: string) => ({ _type: 'localeString', zh, ...(en === undefined ? {} : { en }) });

/** A valid Haidian USCC for a number: `91110108MA` + 7 characters + check character. */
export function usccFor(n: number): string {
  let rest = '';
  let x = n;
  for (let i = 0; i < 7; i += 1) {
    rest = USCC_ALPHABET.charAt(x % 31) + rest;
    x = Math.floor(x / 31);
  }
  const first17 = `91110108MA${rest}`;
  return first17 + usccCheckCharacter(first17);
}

/**
 * About `total` valid documents: a fifth enterprises, a fifth standards, the rest relations.
 * Returns NDJSON text.
 */
export function generateDataset(total: number): string {
  const unit = Math.max(1, Math.floor(total / 10));
  const lines: unknown[] = [];
  const committees = Math.max(1, Math.floor(unit / 10));
  for (let c = 0; c < committees; c += 1) {
    lines.push({ _id: `technicalCommittee-sac-tc-${c + 1}`, _type: 'technicalCommittee', code: `SAC/TC ${c + 1}`, name: ls(`技术委员会${c + 1}`), body: 'SAC', level: 'national' });
  }
  lines.push({ _id: 'award-zgc-quality-award', _type: 'award', name: ls('中关村质量奖'), slug: { _type: 'slug', current: 'zgc-quality-award' }, level: 'district', cycleYears: 1 });
  const enterprises = unit * 2;
  for (let e = 0; e < enterprises; e += 1) {
    lines.push({
      _id: `enterprise-e${e}`,
      _type: 'enterprise',
      name: ls(`企业${e}`, `Enterprise ${e}`),
      slug: { _type: 'slug', current: `e${e}` },
      uscc: usccFor(e),
      serviceTier: 'growth',
      industry: 'I',
      tags: ['high-tech'],
      website: `https://e${e}.example.cn`,
    });
  }
  const standards = unit * 2;
  for (let s = 0; s < standards; s += 1) {
    lines.push({
      _id: `standard-gb-t-${10000 + s}-2022`,
      _type: 'standard',
      code: `GB/T ${10000 + s}-2022`,
      title: ls(`标准${s}`),
      level: 'national',
      committee: ref(`technicalCommittee-sac-tc-${(s % committees) + 1}`),
      stage: 'published',
      stageCode: '60.60',
      publishedOn: '2022-03-09',
      effectiveOn: '2022-10-01',
      verification: verified,
    });
  }
  const participations = total - lines.length - unit * 2 - unit;
  for (let p = 0; p < participations; p += 1) {
    const e = p % enterprises;
    const s = (p * 7 + Math.floor(p / standards)) % standards;
    lines.push({
      _id: `participation-${p}`,
      _type: 'participation',
      enterprise: ref(`enterprise-e${e}`),
      standard: ref(`standard-gb-t-${10000 + s}-2022`),
      role: (['lead', 'drafter', 'editor'] as const)[Math.floor(p / enterprises) % 3],
      rank: 1 + (p % 9),
      year: 2022,
      verification: verified,
    });
  }
  for (let r = 0; r < unit * 2; r += 1) {
    lines.push({
      _id: `committeeRole-${r}`,
      _type: 'committeeRole',
      enterprise: ref(`enterprise-e${r % enterprises}`),
      committee: ref(`technicalCommittee-sac-tc-${(r % committees) + 1}`),
      role: 'member',
      since: `${2000 + Math.floor(r / enterprises)}-01-01`,
      until: `${2000 + Math.floor(r / enterprises)}-12-31`,
      verification: verified,
    });
  }
  for (let n = 0; n < unit; n += 1) {
    lines.push({
      _id: `nomination-${n}`,
      _type: 'nomination',
      enterprise: ref(`enterprise-e${n % enterprises}`),
      award: ref('award-zgc-quality-award'),
      year: 2000 + Math.floor(n / enterprises),
      outcome: 'winner',
      verification: verified,
    });
  }
  return `${lines.map((doc) => JSON.stringify(doc)).join('\n')}\n`;
}
