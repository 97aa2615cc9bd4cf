import { describe, expect, it } from 'vitest';
import { deadlineText, groupProgramsByStatus, openPrograms, orderByUrgency, sortedAmounts } from '../../../site/lib/view/programs.ts';
import { programDeadline } from '../../../site/lib/domain/eligibility.ts';

const TODAY = '2026-11-28';
const p = (slug: string, opensOn: string | null, closesOn: string | null) => ({ slug, opensOn, closesOn });
const PROGRAMS = [
  p('all-year', '2025-01-01', null),
  p('later', '2026-01-01', '2027-06-30'),
  p('soon', '2026-03-01', '2026-12-15'),
  p('sooner', '2026-03-01', '2026-12-01'),
  p('next-year', '2027-01-05', '2027-03-31'),
  p('old', '2025-04-01', '2025-06-30'),
  p('recent', '2026-08-01', '2026-09-30'),
];

describe('groupProgramsByStatus', () => {
  it('returns every status in order, open by deadline (all-year last), upcoming by opening, closed newest first', () => {
    expect(groupProgramsByStatus(PROGRAMS, TODAY).map((g) => [g.status, g.programs.map((x) => x.slug)])).toEqual([
      ['open', ['later', 'all-year']],
      ['closing-soon', ['sooner', 'soon']],
      ['upcoming', ['next-year']],
      ['closed', ['recent', 'old']],
    ]);
  });

  it('keeps empty groups so the page can say "none"', () => {
    expect(groupProgramsByStatus([], TODAY).map((g) => g.programs.length)).toEqual([0, 0, 0, 0]);
  });
});

describe('openPrograms and orderByUrgency', () => {
  it('lists what takes applications today, nearest deadline first', () => {
    expect(openPrograms(PROGRAMS, TODAY).map((x) => x.slug)).toEqual(['sooner', 'soon', 'later', 'all-year']);
  });

  it('orders matches by urgency: open by nearest deadline, then upcoming, then closed', () => {
    const matches = PROGRAMS.map((program) => ({ program, deadline: programDeadline(program, TODAY) }));
    expect(orderByUrgency(matches).map((m) => m.program.slug)).toEqual(['sooner', 'soon', 'later', 'all-year', 'next-year', 'recent', 'old']);
  });
});

describe('sortedAmounts', () => {
  it('puts amounts in level order', () => {
    const amounts = [{ level: 'group' }, { level: 'international' }, { level: 'local' }, { level: 'national' }];
    expect(sortedAmounts(amounts).map((a) => a.level)).toEqual(['international', 'national', 'local', 'group']);
    expect(sortedAmounts(null)).toEqual([]);
  });
});

describe('deadlineText', () => {
  it('says the deadline and the days left in both languages', () => {
    const soon = programDeadline(p('soon', '2026-03-01', '2026-12-15'), TODAY);
    expect(deadlineText(soon, 'zh')).toBe('2026-12-15 截止（剩 17 天）');
    expect(deadlineText(soon, 'en')).toBe('closes 2026-12-15 (17 days left)');
    expect(deadlineText(programDeadline(p('x', null, '2026-11-29'), TODAY), 'en')).toBe('closes 2026-11-29 (1 day left)');
    expect(deadlineText(programDeadline(p('x', null, TODAY), TODAY), 'zh')).toBe('2026-11-28 截止（今天截止）');
  });

  it('says when an upcoming programme opens, when a closed one closed, and "all year" without a deadline', () => {
    expect(deadlineText(programDeadline(p('x', '2027-01-05', '2027-03-31'), TODAY), 'zh')).toBe('2027-01-05 开始受理');
    expect(deadlineText(programDeadline(p('x', '2026-08-01', '2026-09-30'), TODAY), 'en')).toBe('closed 2026-09-30');
    expect(deadlineText(programDeadline(p('x', '2025-01-01', null), TODAY), 'en')).toBe('Open all year');
  });
});
