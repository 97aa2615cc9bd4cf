/** Small wordings shared by the award pages. */
import type { Lang } from '../i18n/locales.ts';
import { label } from '../i18n/ui.ts';
import { AWARDS_UI, fill } from '../i18n/strings/awards.ts';
import { NOMINATION_OUTCOMES } from '../domain/vocabulary.ts';
import { LIST_OUTCOMES, type OutcomeCounts } from './awardsList.ts';

/**
 * How often an award is held.
 * @example cycleLabel(2, 'zh') //=> '每 2 年一届'
 */
export function cycleLabel(cycleYears: number, lang: Lang): string {
  return cycleYears === 1 ? label(lang, AWARDS_UI.everyYear) : fill(label(lang, AWARDS_UI.everyNYears), { n: cycleYears });
}

/**
 * Non-zero outcome counts in list order.
 * @example outcomeSummary({winner: 1, nominee: 1, shortlisted: 0, recommended: 1, total: 3}, 'zh') //=> '获奖 1 · 提名奖 1 · 推荐 1'
 */
export function outcomeSummary(counts: OutcomeCounts, lang: Lang): string {
  return LIST_OUTCOMES.filter((o) => counts[o] > 0)
    .map((o) => `${label(lang, NOMINATION_OUTCOMES[o])} ${counts[o]}`)
    .join(' · ');
}
