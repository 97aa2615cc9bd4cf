/**
 * The desk's list filters, run with groq-js over the embedded dataset and the Studio fixture:
 * each list holds exactly the documents staff expect. Drafts are included, as in the Studio.
 */
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import type { SanityDocument } from 'sanity';
import { RELATION_TYPES } from '../../../site/lib/domain/model.ts';
import { STAGES } from '../../../site/lib/domain/stages.ts';
import { SERVICE_TIERS, STANDARD_LEVELS, valuesOf } from '../../../site/lib/domain/vocabulary.ts';
import {
  deadlineWords,
  verifiedUnpublishedFilter,
  addDays,
  enterprisesByTierFilter,
  NOMINATION_YEARS_QUERY,
  nominationsByAwardYearFilter,
  nominationYears,
  programsByStatusFilter,
  standardsByLevelFilter,
  standardsByStageFilter,
  toVerifyFilter,
  type DeskFilter,
} from '../../../studio/lib/deskFilters.ts';
import { readNdjson } from './offlineStudio.ts';

const DATASET = 'content/dataset.ndjson';

async function idsOf(documents: readonly SanityDocument[], { filter, params }: DeskFilter): Promise<string[]> {
  const result = await evaluate(parse(`*[${filter}]._id`, { params }), { dataset: documents, params });
  return ((await result.get()) as string[]).sort();
}

/** Programmes with only the fields the status filters read. */
const programs = [
  { _id: 'p-open', _type: 'supportProgram', opensOn: '2026-01-01', closesOn: '2027-06-30' },
  { _id: 'p-soon', _type: 'supportProgram', opensOn: '2026-11-01', closesOn: '2026-12-15' },
  { _id: 'p-last-day', _type: 'supportProgram', opensOn: '2026-11-01', closesOn: '2026-11-28' },
  { _id: 'p-standing', _type: 'supportProgram' },
  { _id: 'p-no-deadline', _type: 'supportProgram', opensOn: '2025-01-01' },
  { _id: 'p-upcoming', _type: 'supportProgram', opensOn: '2027-01-05', closesOn: '2027-03-31' },
  { _id: 'p-closed', _type: 'supportProgram', opensOn: '2025-04-01', closesOn: '2025-06-30' },
  { _id: 'p-closed-yesterday', _type: 'supportProgram', closesOn: '2026-11-27' },
] as unknown as SanityDocument[];

describe('support programmes by status', () => {
  const today = '2026-11-28';
  it.each([
    ['open', ['p-last-day', 'p-no-deadline', 'p-open', 'p-soon', 'p-standing']],
    ['closingSoon', ['p-last-day', 'p-soon']],
    ['upcoming', ['p-upcoming']],
    ['closed', ['p-closed', 'p-closed-yesterday']],
  ] as const)('%s', async (status, expected) => {
    expect(await idsOf(programs, programsByStatusFilter(status, today))).toEqual(expected);
  });

  it('counts 30 calendar days for “closing soon”, across month and year ends', () => {
    expect(addDays('2026-11-28', 30)).toBe('2026-12-28');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('award years', () => {
  it('lists the years with nominations and the current year, newest first', () => {
    expect(nominationYears([2023, 2021, 2023, null, 2024.5], 2026)).toEqual([2026, 2023, 2021]);
  });

  it('finds the nomination years of one award', async () => {
    const documents = readNdjson('tests/fixtures/studio/valid.ndjson');
    const result = await evaluate(parse(NOMINATION_YEARS_QUERY), { dataset: documents, params: { awardId: 'award-china-quality-award' } });
    expect(await result.get()).toEqual([2023]);
    expect(await idsOf(documents, nominationsByAwardYearFilter('award-china-quality-award', 2023))).toEqual(['nomination-alpha-china-quality-award-2023']);
    expect(await idsOf(documents, nominationsByAwardYearFilter('award-china-quality-award', 2024))).toEqual([]);
  });
});

describe('desk lists over content/dataset.ndjson', () => {
  const documents = readNdjson(DATASET);
  const ofType = (type: string) => documents.filter((doc) => doc._type === type);

  it.each(RELATION_TYPES)('“to verify” %s: exactly the records not verified', async (type) => {
    const expected = ofType(type)
      .filter((doc) => (doc['verification'] as { status?: string } | undefined)?.status !== 'verified')
      .map((doc) => doc._id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsOf(documents, toVerifyFilter(type))).toEqual(expected);
  });

  it('enterprises by tier, plus unclassified, cover every enterprise once', async () => {
    const lists = await Promise.all([...valuesOf(SERVICE_TIERS), null].map((tier) => idsOf(documents, enterprisesByTierFilter(tier))));
    expect(lists.flat().sort()).toEqual(
      ofType('enterprise')
        .map((doc) => doc._id)
        .sort(),
    );
    expect(lists.slice(0, 3).every((list) => list.length > 0)).toBe(true);
  });

  it('standards by level and by stage each cover every standard once', async () => {
    const all = ofType('standard')
      .map((doc) => doc._id)
      .sort();
    const byLevel = await Promise.all(valuesOf(STANDARD_LEVELS).map((level) => idsOf(documents, standardsByLevelFilter(level))));
    const byStage = await Promise.all(valuesOf(STAGES).map((stage) => idsOf(documents, standardsByStageFilter(stage))));
    expect(byLevel.flat().sort()).toEqual(all);
    expect(byStage.flat().sort()).toEqual(all);
  });
});

describe('programme deadlines in the desk', () => {
  it('days left, today, passed, none', () => {
    expect(deadlineWords('2026-12-15', '2026-12-03')).toBe('截止 2026-12-15（还剩 12 天）');
    expect(deadlineWords('2027-01-01', '2026-12-31')).toBe('截止 2027-01-01（还剩 1 天）');
    expect(deadlineWords('2026-12-03', '2026-12-03')).toBe('今天截止');
    expect(deadlineWords('2026-11-30', '2026-12-03')).toBe('已于 2026-11-30 截止');
    expect(deadlineWords(undefined, '2026-12-03')).toBeUndefined();
  });

  it('已核验未发布: verified drafts of relation records, in the drafts and the raw perspective', async () => {
    const { filter, params } = verifiedUnpublishedFilter(['participation', 'nomination', 'committeeRole']);
    const docs = [
      { _id: 'drafts.p1', _type: 'participation', verification: { status: 'verified' } },
      { _id: 'p2', _originalId: 'drafts.p2', _type: 'nomination', verification: { status: 'verified' } },
      { _id: 'p3', _type: 'participation', verification: { status: 'verified' } },
      { _id: 'drafts.p4', _type: 'participation', verification: { status: 'entered' } },
      { _id: 'drafts.e1', _type: 'enterprise', verification: { status: 'verified' } },
    ];
    const found = await (await evaluate(parse(`*[${filter}]._id`, { params }), { dataset: docs, params })).get();
    expect(found).toEqual(['drafts.p1', 'p2']);
  });
});
