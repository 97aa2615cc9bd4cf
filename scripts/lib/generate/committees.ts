/**
 * Technical committees: the sixteen of the demonstration dataset (real international and
 * national committees, and its two fictional ones) and then fictional ones numbered where no
 * real committee is (SAC/TC 9xx, ISO/TC 9xx, ISO/IEC JTC 1/SC 9x, BJ/TC 9xx…), each with a
 * subject area that its standards' titles share.
 */
import type { StandardLevel } from '../../../site/lib/domain/vocabulary.ts';
import { COMMITTEES, buildCommittees } from '../../seed/committees.ts';
import { EXAMPLE_SOURCE_ORIGIN } from '../../seed/lib/constants.ts';
import type { SeedDocument } from '../../seed/lib/document.ts';
import { committeeId } from '../../seed/lib/ids.ts';
import { localeString, ref } from '../../seed/lib/values.ts';
import { slugifyCode } from '../../../site/lib/domain/standardCode.ts';
import { DOMAINS, type Domain } from './domains.ts';
import type { Random, Weighted } from './random.ts';

/** Which standards a committee may be responsible for (the code family of the standard). */
export type CommitteePool = 'ISO' | 'ISO/IEC' | 'IEC' | 'ITU-T' | 'SAC' | 'CCSA' | 'local' | 'HDSA';

export interface GeneratedCommittee {
  readonly id: string;
  readonly code: string;
  readonly pool: CommitteePool;
  /** Subject area; undefined for the real committees (their standards pick any area). */
  readonly domain: Domain | undefined;
  readonly doc: SeedDocument;
}

/** Pool of a real committee, from its code. */
function poolOfCode(code: string): CommitteePool {
  if (code.startsWith('ISO/IEC')) return 'ISO/IEC';
  if (code.startsWith('ISO/')) return 'ISO';
  if (code.startsWith('IEC/')) return 'IEC';
  if (code.startsWith('ITU-T')) return 'ITU-T';
  if (code.startsWith('SAC/')) return 'SAC';
  if (code.startsWith('CCSA')) return 'CCSA';
  if (code.startsWith('BJ/')) return 'local';
  return 'HDSA';
}

interface Kind {
  readonly pool: CommitteePool;
  readonly body: string;
  readonly level: StandardLevel;
  /** First fictional number; counters go up from here. */
  readonly first: number;
  readonly code: (n: number, parent: string | undefined) => string;
  readonly name: (d: Domain, n: number) => readonly [zh: string, en: string];
  /** Subcommittees hang under a committee of this kind (or the named real one). */
  readonly parent?: 'SAC' | 'ISO/IEC JTC 1';
}

const KINDS: Weighted<Kind> = [
  [
    {
      pool: 'SAC',
      body: 'SAC',
      level: 'national',
      first: 901,
      code: (n) => `SAC/TC ${n}`,
      name: (d) => [`全国${d.zh}标准化技术委员会`, `National Technical Committee on ${d.en} of Standardization Administration of China`],
    },
    40,
  ],
  [
    {
      pool: 'SAC',
      body: 'SAC',
      level: 'national',
      first: 1,
      code: (n, p) => `${p ?? ''}/SC ${n}`,
      name: (d) => [`${d.zh}分技术委员会`, `Subcommittee on ${d.en}`],
      parent: 'SAC',
    },
    15,
  ],
  [{ pool: 'ISO', body: 'ISO', level: 'international', first: 901, code: (n) => `ISO/TC ${n}`, name: (d) => [`${d.zh}技术委员会`, d.en] }, 8],
  [
    {
      pool: 'ISO/IEC',
      body: 'ISO/IEC',
      level: 'international',
      first: 91,
      code: (n) => `ISO/IEC JTC 1/SC ${n}`,
      name: (d) => [`${d.zh}分技术委员会`, d.en],
      parent: 'ISO/IEC JTC 1',
    },
    7,
  ],
  [{ pool: 'IEC', body: 'IEC', level: 'international', first: 901, code: (n) => `IEC/TC ${n}`, name: (d) => [`${d.zh}技术委员会`, d.en] }, 6],
  [
    {
      pool: 'ITU-T',
      body: 'ITU-T',
      level: 'international',
      first: 31,
      code: (n) => `ITU-T SG${n}`,
      name: (d, n) => [`ITU-T 第${n}研究组 ${d.zh}`, `ITU-T Study Group ${n}: ${d.en}`],
    },
    3,
  ],
  [
    {
      pool: 'CCSA',
      body: 'CCSA',
      level: 'industry',
      first: 31,
      code: (n) => `CCSA TC${n}`,
      name: (d) => [`中国通信标准化协会 ${d.zh}工作委员会`, `CCSA TC on ${d.en}`],
    },
    6,
  ],
  [
    {
      pool: 'local',
      body: 'Beijing AMR',
      level: 'local',
      first: 901,
      code: (n) => `BJ/TC ${n}`,
      name: (d) => [`北京市${d.zh}标准化技术委员会（虚构）`, `Beijing ${d.en} Standardization Technical Committee (fictional)`],
    },
    8,
  ],
  [
    {
      pool: 'HDSA',
      body: 'HDSA',
      level: 'group',
      first: 4,
      code: (n) => `HDSA/TC ${n}`,
      name: (d) => [`海淀标准化促进会 ${d.zh}专业委员会（虚构）`, `Haidian Standardization Association, ${d.en} Committee (fictional)`],
    },
    7,
  ],
];

/** The seed's committees, then fictional ones up to `count` in all. */
export function generateCommittees(random: Random, count: number): GeneratedCommittee[] {
  const committees: GeneratedCommittee[] = buildCommittees().map((doc, i) => {
    const code = COMMITTEES[i]?.code ?? '';
    return { id: doc._id, code, pool: poolOfCode(code), domain: undefined, doc };
  });
  const counters = new Map<Kind, number>();
  const sacParents: string[] = [];
  const subcommittees = new Map<string, number>();
  while (committees.length < count) {
    const kind = random.weighted(KINDS);
    let parent: string | undefined;
    let n: number;
    if (kind.parent === 'SAC') {
      // A subcommittee needs a fictional national TC to hang under; make one first.
      if (sacParents.length === 0) continue;
      parent = random.pick(sacParents);
      n = (subcommittees.get(parent) ?? 0) + kind.first;
      subcommittees.set(parent, n);
    } else {
      parent = kind.parent;
      n = counters.get(kind) ?? kind.first;
      counters.set(kind, n + 1);
    }
    const code = kind.code(n, parent);
    const domain = random.pick(DOMAINS);
    const [zh, en] = kind.name(domain, n);
    const id = committeeId(code);
    if (kind.pool === 'SAC' && kind.parent === undefined) sacParents.push(code);
    committees.push({
      id,
      code,
      pool: kind.pool,
      domain,
      doc: {
        _id: id,
        _type: 'technicalCommittee',
        code,
        name: localeString(zh, en),
        body: kind.body,
        level: kind.level,
        parent: parent === undefined ? undefined : ref(committeeId(parent)),
        url: `${EXAMPLE_SOURCE_ORIGIN}/committees/${slugifyCode(code)}`,
      },
    });
  }
  return committees;
}
