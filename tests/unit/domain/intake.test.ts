/** Bulk intake: from matched names to the 已录入 records of one transaction. */
import { describe, expect, it } from 'vitest';
import { defaultChoices, intakeSourceProblem, planIntake, type IntakeList } from '../../../site/lib/domain/intake.ts';
import { matchList, parseNameList } from '../../../site/lib/domain/nameMatch.ts';
import { CANDIDATES, FOREWORD, AWARD_NOTICE } from '../../fixtures/intake/candidates.ts';

const ENTERED = { _type: 'entered', by: '张航（标准化科）', byId: 'pZhang', on: '2026-12-03' } as const;
const SOURCE = { url: 'https://www.example.gov.cn/zgc-quality-2025', title: '2025年中关村质量奖拟授奖名单公示', capturedOn: '2026-12-01' };

describe('planIntake', () => {
  it('a foreword: participations ranked in list order, the first as lead, one source, 已录入 with the enterer', () => {
    const list: IntakeList = { kind: 'participation', standardId: 'standard-gb-t-98105', year: 2025, leadFirst: true, source: SOURCE };
    const report = matchList(CANDIDATES, parseNameList(FOREWORD));
    const plan = planIntake(list, report.results, defaultChoices(report), ENTERED);
    expect(plan.map((entry) => (entry.status === 'create' ? [entry.document._id, entry.document['role'], entry.document['rank']] : entry.status))).toEqual([
      ['participation-gb-t-98105-anxin-lead', 'lead', 1],
      ['participation-gb-t-98105-xinrui-drafter', 'drafter', 2],
      ['participation-gb-t-98105-ruitong-drafter', 'drafter', 3],
    ]);
    const first = plan[0]?.status === 'create' ? plan[0].document : undefined;
    expect(first).toEqual({
      _id: 'participation-gb-t-98105-anxin-lead',
      _type: 'participation',
      enterprise: { _type: 'reference', _ref: 'enterprise-anxin' },
      standard: { _type: 'reference', _ref: 'standard-gb-t-98105' },
      role: 'lead',
      rank: 1,
      year: 2025,
      source: { _type: 'source', ...SOURCE },
      entered: ENTERED,
      verification: { _type: 'verification', status: 'entered' },
    });
  });

  it('an award notice: certain matches chosen, the rest waits for staff; repeats and existing records are not created twice', () => {
    const list: IntakeList = { kind: 'nomination', awardId: 'award-zgc', year: 2025, outcome: 'winner', source: SOURCE };
    const report = matchList(CANDIDATES, parseNameList(AWARD_NOTICE));
    const choices = defaultChoices(report).map((choice) => (choice.position === 6 ? { ...choice, enterpriseId: 'enterprise-anxin' } : choice));
    const plan = planIntake(list, report.results, choices, ENTERED, new Set(['nomination-zgc-2025-xinrui']));
    expect(
      plan.map((entry) => (entry.status === 'create' ? entry.document._id : entry.status === 'exists' ? `exists ${entry.id}` : `skipped ${entry.reason}`)),
    ).toEqual([
      'nomination-zgc-2025-anxin',
      'nomination-zgc-2025-huaxin-bj',
      'nomination-zgc-2025-huaxin',
      'exists nomination-zgc-2025-xinrui',
      'skipped 未选择企业',
      'skipped 名单中重复',
      'nomination-zgc-2025-ruitong',
      'skipped 未选择企业',
      'skipped 未找到企业',
      'skipped 名单中重复',
    ]);
  });

  it('the shared source must be enough to verify against', () => {
    expect(intakeSourceProblem({ title: '公示' })).toBe('请填写名单的来源：来源网址，或来源标题和查阅日期。');
    expect(intakeSourceProblem({ title: '公示', capturedOn: '2026-12-01' })).toBeNull();
    expect(intakeSourceProblem({ url: 'https://www.example.gov.cn/' })).toBeNull();
  });
});
