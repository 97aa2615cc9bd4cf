/**
 * Date-order rules shared by the Studio and the content check. Dates are ISO `YYYY-MM-DD`
 * strings, which compare correctly as strings.
 */
import { ruleError, type RuleIssue } from './issue.ts';
import { isPublishedStage, STAGES, type Stage } from './stages.ts';

/** Today in Beijing time (UTC+8), as `YYYY-MM-DD`: the bureau's calendar day. */
export function todayInBeijing(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export interface StandardDates {
  readonly stage?: string | null | undefined;
  readonly publishedOn?: string | null | undefined;
  readonly effectiveOn?: string | null | undefined;
  readonly withdrawnOn?: string | null | undefined;
}

/**
 * A withdrawn edition needs its withdrawal date. Across records (content/check/standards.ts,
 * the Studio's stage field) a replacing edition's effectiveOn may supply it instead.
 */
export const WITHDRAWN_NEEDS_DATE: RuleIssue = ruleError(
  '阶段为“废止”（95），需要废止日期。请填写废止公告的日期。',
  'Stage "withdrawn" (95) needs withdrawnOn. Add the date of the withdrawal notice.',
  'stage',
);

export interface StandardDatesOptions {
  /** Include WITHDRAWN_NEEDS_DATE (default true); false where a rule across records decides it. */
  readonly withdrawal?: boolean;
}

/**
 * Publication precedes implementation precedes withdrawal, and the dates fit the stage:
 * a standard still in drafting has no publication date, a withdrawn one has its date.
 */
export function checkStandardDates(doc: StandardDates, options: StandardDatesOptions = {}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { publishedOn, effectiveOn, withdrawnOn } = doc;
  if (publishedOn && effectiveOn && effectiveOn < publishedOn) {
    issues.push(
      ruleError(
        `实施日期 ${effectiveOn} 早于发布日期 ${publishedOn}。请核对标准封面上的发布与实施日期。`,
        `effectiveOn ${effectiveOn} is before publishedOn ${publishedOn}. Check both dates on the standard's cover page.`,
        'effectiveOn',
      ),
    );
  }
  const start = effectiveOn ?? publishedOn;
  if (withdrawnOn && start && withdrawnOn < start) {
    issues.push(
      ruleError(
        `废止日期 ${withdrawnOn} 早于 ${start}。请核对废止公告的日期。`,
        `withdrawnOn ${withdrawnOn} is before ${start}. Check the date of the withdrawal notice.`,
        'withdrawnOn',
      ),
    );
  }
  const stage = doc.stage as Stage | undefined;
  if (stage && Object.hasOwn(STAGES, stage)) {
    const label = STAGES[stage];
    if (!isPublishedStage(stage) && publishedOn) {
      issues.push(
        ruleError(
          `阶段为“${label.zh}”（${label.code}），但填写了发布日期。已发布的标准请把阶段改为“发布”（60），否则删除发布日期。`,
          `Stage "${stage}" (${label.code}) is before publication but publishedOn is set. Set the stage to "published" (60) or clear publishedOn.`,
          'stage',
        ),
      );
    }
    if (isPublishedStage(stage) && !publishedOn) {
      issues.push(
        ruleError(
          `阶段为“${label.zh}”（${label.code}），需要发布日期。请填写标准的发布日期。`,
          `Stage "${stage}" (${label.code}) needs publishedOn. Add the publication date.`,
          'stage',
        ),
      );
    }
    if (stage === 'withdrawn' && !withdrawnOn && options.withdrawal !== false) issues.push(WITHDRAWN_NEEDS_DATE);
  }
  return issues;
}

/**
 * A tenure ends after it starts.
 * @example checkTenure('2020-01-01', '2019-12-31').length //=> 1
 */
export function checkTenure(since: string | null | undefined, until: string | null | undefined): RuleIssue[] {
  if (since && until && until < since) {
    return [
      ruleError(
        `任职结束日期 ${until} 早于开始日期 ${since}。请核对任命文件。`,
        `until ${until} is before since ${since}. Check the appointment letter.`,
        'until',
      ),
    ];
  }
  return [];
}

/**
 * A support programme closes after it opens.
 * @example checkProgramDates('2025-04-01', '2025-03-31').length //=> 1
 */
export function checkProgramDates(opensOn: string | null | undefined, closesOn: string | null | undefined): RuleIssue[] {
  if (opensOn && closesOn && closesOn < opensOn) {
    return [
      ruleError(
        `申报截止日期 ${closesOn} 早于开始日期 ${opensOn}。请核对政策通知中的两个日期。`,
        `closesOn ${closesOn} is before opensOn ${opensOn}. Check both dates in the programme notice.`,
        'closesOn',
      ),
    ];
  }
  return [];
}
