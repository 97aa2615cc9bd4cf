/** The domain rules of site/lib/domain hold for every record of the dataset. */
import { describe, expect, it } from 'vitest';
import { checkTenure, checkStandardDates, WITHDRAWN_NEEDS_DATE } from '../../../site/lib/domain/dates.ts';
import { STAGES, stageFromCode, standardState, type Stage } from '../../../site/lib/domain/stages.ts';
import { checkStandardCode, newestEdition, parseStandardCode } from '../../../site/lib/domain/standardCode.ts';
import { checkUscc, HAIDIAN_DIVISION } from '../../../site/lib/domain/uscc.ts';
import { DATASET_DAY } from '../../../scripts/seed/lib/constants.ts';
import { DOCS, ofType, refOf, str } from './readDataset.ts';

const errorsOf = (issues: readonly { level: string; message: { en: string } }[]) =>
  issues.filter((issue) => issue.level === 'error').map((issue) => issue.message.en);

const standards = ofType('standard');
const replacedIds = new Set(standards.flatMap((s) => ((s['replaces'] as unknown[] | undefined) ?? []).map(refOf)));
const stateOf = (s: (typeof standards)[number]) =>
  standardState(
    { stage: s['stage'] as Stage, effectiveOn: str(s, 'effectiveOn'), withdrawnOn: str(s, 'withdrawnOn'), replaced: replacedIds.has(s._id) },
    DATASET_DAY,
  );

describe('enterprise codes', () => {
  const enterprises = ofType('enterprise');

  it('are valid USCCs (GB 32100-2015) of enterprises registered by market regulation', () => {
    for (const e of enterprises) {
      const uscc = str(e, 'uscc') ?? '';
      expect(errorsOf(checkUscc(uscc)), `${e._id} ${uscc}`).toEqual([]);
      expect(uscc.slice(0, 2)).toBe('91');
    }
    expect(new Set(enterprises.map((e) => e['uscc'])).size).toBe(enterprises.length);
  });

  it('are mostly registered in Haidian, a few elsewhere in Beijing', () => {
    const divisions = enterprises.map((e) => (str(e, 'uscc') ?? '').slice(2, 8));
    const outside = divisions.filter((d) => d !== HAIDIAN_DIVISION);
    expect(outside.length).toBeGreaterThanOrEqual(2);
    expect(outside.length).toBeLessThanOrEqual(4);
    for (const d of outside) expect(d.startsWith('11')).toBe(true);
  });
});

describe('standards', () => {
  it('have codes that fit their level', () => {
    for (const s of standards) expect(errorsOf(checkStandardCode(str(s, 'code') ?? '', str(s, 'level'))), s._id).toEqual([]);
  });

  it('have dates consistent with their stage', () => {
    for (const s of ofType('standard', DOCS)) {
      const dates = {
        stage: str(s, 'stage') ?? null,
        publishedOn: str(s, 'publishedOn') ?? null,
        effectiveOn: str(s, 'effectiveOn') ?? null,
        withdrawnOn: str(s, 'withdrawnOn') ?? null,
      };
      // A withdrawn edition may leave withdrawnOn to its replacement's effectiveOn (content/check/standards.ts, a warning).
      const implied =
        s['stage'] === 'withdrawn' &&
        !s['withdrawnOn'] &&
        ofType('standard', DOCS).some((r) => JSON.stringify(r['replaces'] ?? []).includes(`"${s._id}"`) && r['effectiveOn']);
      expect(
        errorsOf(checkStandardDates(dates)).filter((e) => !(implied && e === WITHDRAWN_NEEDS_DATE.message.en)),
        s._id,
      ).toEqual([]);
    }
  });

  it('have a stage code of their stage (e.g. 60.60 for published)', () => {
    for (const s of standards) {
      const stageCode = str(s, 'stageCode') ?? '';
      expect(stageCode, s._id).toMatch(/^\d{2}\.\d{2}$/);
      expect(stageFromCode(stageCode), s._id).toBe(s['stage']);
    }
  });

  it('carry a 计划号 when they are Chinese national standards in development', () => {
    for (const s of standards) {
      const parsed = parseStandardCode(str(s, 'code') ?? '');
      const developing = !['published', 'review', 'withdrawn'].includes(String(s['stage']));
      const planned = developing && parsed?.level === 'national' && s['stage'] !== 'preliminary';
      if (planned) expect(str(s, 'planNumber'), s._id).toMatch(/^\d{8}-[TQZ]-\d{3}$/);
      // A published record keeps its plan number only as the designation it had before publication.
      if (!developing && s['planNumber'] !== undefined)
        expect(
          (s['designations'] as { code: string }[] | undefined)?.map((d) => d.code),
          s._id,
        ).toContain(s['planNumber']);
    }
  });

  it('store association codes with the em-dash as officially written', () => {
    const group = standards.filter((s) => s['level'] === 'group' && str(s, 'code')?.includes('—'));
    expect(group.length).toBeGreaterThanOrEqual(3);
    expect(group.map((s) => s._id)).toContain('standard-t-cesa-9101-2023');
  });

  it('replace only older editions of the same family', () => {
    const pairs = standards.flatMap((s) => ((s['replaces'] as unknown[] | undefined) ?? []).map((r) => [s, refOf(r)] as const));
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const [newer, oldId] of pairs) {
      const older = standards.find((s) => s._id === oldId);
      const a = parseStandardCode(str(newer, 'code') ?? '');
      const b = parseStandardCode(str(older ?? newer, 'code') ?? '');
      expect(older, oldId).toBeDefined();
      expect(a?.undated).toBe(b?.undated);
      expect(a?.year ?? 0).toBeGreaterThan(b?.year ?? 0);
    }
  });

  it('resolve an undated code to the newest edition', () => {
    const editions = standards.map((s) => ({ code: str(s, 'code') ?? '', id: s._id }));
    expect(newestEdition('GB/T 7714', editions)?.id).toBe('standard-gb-t-7714-2015');
    expect(newestEdition('ISO/IEC 27001', editions)?.id).toBe('standard-iso-iec-27001-2022');
    expect(newestEdition('DB11/T 9901', editions)?.id).toBe('standard-db11-t-9901-2025');
  });

  it('show every public state on the dataset day', () => {
    const states = new Set(standards.map(stateOf));
    expect([...states].sort()).toEqual(['current', 'in-development', 'superseded', 'upcoming', 'withdrawn']);
    expect(stateOf(standards.find((s) => s._id === 'standard-gb-t-7714-2005') ?? standards[0]!)).toBe('superseded');
    expect(stateOf(standards.find((s) => s._id === 'standard-gb-t-98101-2026') ?? standards[0]!)).toBe('upcoming');
  });

  it('point at committees whose level matches, when they have one', () => {
    for (const s of standards) {
      const committee = DOCS.find((d) => d._id === refOf(s['committee']));
      if (!committee) continue;
      expect(committee['level'], s._id).toBe(s['level']);
    }
  });

  it('cover every stage of STAGES', () => {
    expect(new Set(standards.map((s) => s['stage']))).toEqual(new Set(Object.keys(STAGES)));
  });
});

describe('tenures', () => {
  it('end after they start, and ended tenures lie in the past', () => {
    for (const role of ofType('committeeRole')) {
      expect(errorsOf(checkTenure(str(role, 'since'), str(role, 'until'))), role._id).toEqual([]);
      expect(str(role, 'since')! <= DATASET_DAY, role._id).toBe(true);
      const until = str(role, 'until');
      if (until) expect(until < DATASET_DAY, role._id).toBe(true);
    }
  });
});

describe('committees', () => {
  it('nest subcommittees under their parent committee', () => {
    const sc41 = ofType('technicalCommittee').find((c) => c._id === 'technicalCommittee-iso-iec-jtc-1-sc-41');
    expect(refOf(sc41?.['parent'])).toBe('technicalCommittee-iso-iec-jtc-1');
  });
});
