/**
 * Fictional standards of every code family and every stage, with dates that fit the stage
 * (checkStandardDates), harmonized stage codes that agree with the stage, plan numbers for
 * national and industry work in progress, and older editions that a newer one `replaces`
 * (被代替 when still published, 废止 when withdrawn).
 */
import { isPublishedStage, type Stage } from '../../../site/lib/domain/stages.ts';
import { parseStandardCode, type CodeFamily } from '../../../site/lib/domain/standardCode.ts';
import type { StandardLevel } from '../../../site/lib/domain/vocabulary.ts';
import { DATASET_DAY, EXAMPLE_SOURCE_ORIGIN, STAFF } from '../../seed/lib/constants.ts';
import type { SeedDocument } from '../../seed/lib/document.ts';
import { keyedRefs, localeString, ref, source, verification } from '../../seed/lib/values.ts';
import type { GeneratedCommittee, CommitteePool } from './committees.ts';
import { addDays, randomDate, yearOf } from './dates.ts';
import { DOCUMENT_KINDS, DOMAINS, SUBJECTS, type Domain } from './domains.ts';
import type { Random, Weighted } from './random.ts';
import { CodeMaker, FAMILY_WEIGHTS, type CodeBase } from './standardCodes.ts';

const STAGE_WEIGHTS: Weighted<Stage> = [
  ['published', 58],
  ['review', 6],
  ['withdrawn', 6],
  ['preliminary', 3],
  ['proposal', 6],
  ['preparatory', 7],
  ['committee', 6],
  ['enquiry', 5],
  ['approval', 3],
];

/** Harmonized substage codes per stage (ISO/IEC Directives, Annex SE). */
const STAGE_CODES: Readonly<Record<Stage, readonly string[]>> = {
  preliminary: ['00.00', '00.20', '00.60'],
  proposal: ['10.00', '10.20', '10.60', '10.99'],
  preparatory: ['20.00', '20.20', '20.60', '20.99'],
  committee: ['30.00', '30.20', '30.60', '30.99'],
  enquiry: ['40.00', '40.20', '40.60', '40.99'],
  approval: ['50.00', '50.20', '50.60'],
  published: ['60.60'],
  review: ['90.20', '90.60', '90.92', '90.93'],
  withdrawn: ['95.99'],
};

/** Share of published editions that replace an older edition, and of those a second older one. */
const REPLACES_SHARE = 0.12;
const SECOND_EDITION_SHARE = 0.25;
/** Share of standards of a family with committees that name one. */
const COMMITTEE_SHARE = 0.85;
const ENGLISH_TITLE_SHARE = 0.97;
const FIRST_YEAR = 2000;
/** Group (association) standards exist since the 2015 reform (团体标准), first published in 2016. */
const FIRST_GROUP_YEAR = 2016;
const LAST_YEAR = yearOf(DATASET_DAY);

export interface GeneratedStandard {
  readonly id: string;
  readonly code: string;
  readonly level: StandardLevel;
  readonly family: CodeFamily;
  /** The year enterprises took part: publication year, or the year the project started. */
  readonly year: number;
  readonly stage: Stage;
  readonly doc: SeedDocument;
}

interface Edition {
  readonly stage: Stage;
  readonly year: number;
  readonly publishedOn?: string;
  readonly effectiveOn?: string;
  readonly withdrawnOn?: string;
}

interface Title {
  readonly zh: string;
  readonly en: string;
}

function titleOf(random: Random, domain: Domain, part: number | undefined): Title {
  const [subjectZh, subjectEn] = random.pick(SUBJECTS);
  const [kindZh, kindEn] = random.pick(DOCUMENT_KINDS);
  return part === undefined
    ? { zh: `${domain.zh} ${subjectZh} ${kindZh}`, en: `${domain.en} — ${subjectEn} — ${kindEn}` }
    : { zh: `${domain.zh} ${subjectZh} 第${part}部分：${kindZh}`, en: `${domain.en} — ${subjectEn} — Part ${part}: ${kindEn}` };
}

/** A publication year from 2000 on, recent years more likely (the register grows). */
function publicationYear(random: Random, first: number, latest: number): number {
  const r = random.next();
  return Math.max(first, latest - Math.floor((latest - first + 1) * r * r));
}

/** Dates of a published edition of a year; international standards state no 实施 date. */
function publishedDates(random: Random, year: number, hasEffective: boolean): Pick<Edition, 'publishedOn' | 'effectiveOn'> {
  const last = year === LAST_YEAR ? addDays(DATASET_DAY, -10) : `${year}-12-31`;
  const publishedOn = randomDate(random, `${year}-01-01`, last);
  // Chinese standards take effect 1–9 months after publication; some land after DATASET_DAY (即将实施).
  return hasEffective ? { publishedOn, effectiveOn: addDays(publishedOn, random.int(30, 270)) } : { publishedOn };
}

function planNumber(random: Random, base: CodeBase, serial: number): string | undefined {
  const year = random.int(LAST_YEAR - 4, LAST_YEAR);
  const digits = String(serial % 10_000).padStart(4, '0');
  const mark = base.family === 'GB' ? 'Q' : base.family === 'GB/Z' ? 'Z' : 'T';
  if (base.family === 'GB' || base.family === 'GB/T' || base.family === 'GB/Z') return `${year}${digits}-${mark}-${String(random.int(100, 999))}`;
  if (base.family === 'industry') return `${year}-${digits}T-${base.undated.slice(0, 2)}`;
  return undefined;
}

export class StandardMaker {
  private readonly codes: CodeMaker;
  private readonly pools = new Map<CommitteePool, GeneratedCommittee[]>();
  private planSerial = 0;

  constructor(
    private readonly random: Random,
    committees: readonly GeneratedCommittee[],
  ) {
    this.codes = new CodeMaker(random);
    for (const committee of committees) {
      const pool = this.pools.get(committee.pool);
      if (pool) pool.push(committee);
      else this.pools.set(committee.pool, [committee]);
    }
  }

  /**
   * One standard and its older editions (newest first, at most `budget` documents), or of a
   * given family and stage when the caller needs every one to occur.
   */
  make(budget: number, family?: CodeFamily, stage?: Stage): GeneratedStandard[] {
    const { random } = this;
    const base = this.codes.make(family ?? random.weighted(FAMILY_WEIGHTS));
    const pool = base.pool === undefined ? undefined : this.pools.get(base.pool);
    const committee = pool && random.chance(COMMITTEE_SHARE) ? random.pick(pool) : undefined;
    const title = titleOf(random, committee?.domain ?? random.pick(DOMAINS), base.part);
    const english = random.chance(ENGLISH_TITLE_SHARE);
    const hasEffective = parseStandardCode(base.undated)?.level !== 'international';
    const chosen = stage ?? random.weighted(STAGE_WEIGHTS);

    const first = base.family === 'group' ? FIRST_GROUP_YEAR : FIRST_YEAR;
    const latest = this.latestEdition(chosen, first, hasEffective);
    const editions = [latest];
    // An older edition is 3–8 years older and no older than the family's first year.
    const hasRoomBefore = (edition: Edition | undefined): edition is Edition => edition !== undefined && edition.year - 3 >= first;
    if (isPublishedStage(chosen) && base.dated && latest.stage !== 'withdrawn' && budget > 1 && hasRoomBefore(latest) && random.chance(REPLACES_SHARE)) {
      const older = this.olderEdition(latest, first, hasEffective);
      editions.push(older);
      if (budget > 2 && hasRoomBefore(older) && random.chance(SECOND_EDITION_SHARE)) editions.push(this.olderEdition(older, first, hasEffective));
    }
    // Newest first; each edition replaces the next older one.
    const codes = editions.map((edition) => (isPublishedStage(edition.stage) ? base.edition(edition.year) : base.undated));
    return editions.map((edition, i) => {
      const code = codes[i] ?? base.undated;
      const older = codes[i + 1];
      return this.build(base, code, edition, older, committee, title, english);
    });
  }

  private latestEdition(stage: Stage, first: number, hasEffective: boolean): Edition {
    const { random } = this;
    if (!isPublishedStage(stage)) return { stage, year: random.int(LAST_YEAR - 3, LAST_YEAR) };
    // Reviews come five years after publication; a withdrawn standard had a few years in force.
    const year = publicationYear(random, first, stage === 'review' ? LAST_YEAR - 5 : stage === 'withdrawn' ? LAST_YEAR - 4 : LAST_YEAR);
    const dates = publishedDates(random, year, hasEffective);
    if (stage !== 'withdrawn') return { stage, year, ...dates };
    const start = dates.effectiveOn ?? dates.publishedOn ?? `${year}-12-31`;
    return { stage, year, ...dates, withdrawnOn: randomDate(random, addDays(start, 365), addDays(DATASET_DAY, -1)) };
  }

  /** The edition a newer one replaced: withdrawn when the new one took effect, or still listed (被代替). */
  private olderEdition(newer: Edition, first: number, hasEffective: boolean): Edition {
    const { random } = this;
    const year = Math.max(first, newer.year - random.int(3, 8));
    const dates = publishedDates(random, year, hasEffective);
    const replacedOn = newer.effectiveOn ?? newer.publishedOn ?? `${newer.year}-12-31`;
    // A withdrawal announced for a day still ahead leaves the old edition published until then.
    if (replacedOn > DATASET_DAY || random.chance(0.5)) {
      return { stage: 'published', year, ...dates, ...(replacedOn > DATASET_DAY ? { withdrawnOn: replacedOn } : {}) };
    }
    return { stage: 'withdrawn', year, ...dates, withdrawnOn: replacedOn };
  }

  private build(
    base: CodeBase,
    code: string,
    edition: Edition,
    older: string | undefined,
    committee: GeneratedCommittee | undefined,
    title: Title,
    english: boolean,
  ): GeneratedStandard {
    const { random } = this;
    const parsed = parseStandardCode(code);
    if (!parsed) throw new Error(`generated an unrecognized standard code: ${code}`);
    const id = `standard-${parsed.slug}`;
    const domainIcs = committee?.domain?.ics;
    const national = parsed.level === 'national' || parsed.level === 'industry';
    const published = isPublishedStage(edition.stage);
    this.planSerial += 1;
    return {
      id,
      code,
      level: parsed.level,
      family: parsed.family,
      year: edition.year,
      stage: edition.stage,
      doc: {
        _id: id,
        _type: 'standard',
        code,
        title: localeString(title.zh, english ? title.en : undefined),
        level: parsed.level,
        body: parsed.body,
        committee: committee === undefined ? undefined : ref(committee.id),
        stage: edition.stage,
        stageCode: random.pick(STAGE_CODES[edition.stage]),
        planNumber: published ? undefined : planNumber(random, base, this.planSerial),
        publishedOn: edition.publishedOn,
        effectiveOn: edition.effectiveOn,
        withdrawnOn: edition.withdrawnOn,
        replaces: older === undefined ? undefined : keyedRefs([`standard-${parseStandardCode(older)?.slug ?? ''}`]),
        ics: [domainIcs ?? random.pick(DOMAINS).ics],
        ccs: national ? (committee?.domain?.ccs ?? random.pick(DOMAINS).ccs) : undefined,
        url: `${EXAMPLE_SOURCE_ORIGIN}/standards/${parsed.slug}`,
        source: source(
          `${EXAMPLE_SOURCE_ORIGIN}/standards/${parsed.slug}`,
          '演示数据：虚构标准 / Demonstration data: fictional standard',
          addDays(DATASET_DAY, -random.int(10, 400)),
        ),
        verification: verification('verified', STAFF.li, DATASET_DAY),
      },
    };
  }
}

/**
 * `count` standards. The first ones cover every code family at every stage, so even the
 * smallest dataset has them all; the rest are drawn by weight.
 */
export function generateStandards(maker: StandardMaker, count: number): GeneratedStandard[] {
  const standards: GeneratedStandard[] = [];
  const families = FAMILY_WEIGHTS.map(([family]) => family);
  const stages = STAGE_WEIGHTS.map(([stage]) => stage);
  for (const family of families) {
    for (const stage of stages) {
      if (standards.length < count) standards.push(...maker.make(count - standards.length, family, stage));
    }
  }
  while (standards.length < count) standards.push(...maker.make(count - standards.length));
  return standards;
}
