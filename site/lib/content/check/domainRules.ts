/**
 * Pass 2b of the content check: the per-document rules of site/lib/domain (USCC, code vs
 * level, date order, tenure, programme dates, slug length of codes). Each rule result names
 * its field (RuleIssue.field, relative to the object it read); the check reports it there.
 */
import { MODEL } from '../../domain/model.ts';
import { codeSlugIssue } from '../../domain/slugs.ts';
import { checkUscc } from '../../domain/uscc.ts';
import { checkStandardCode, slugifyCode } from '../../domain/standardCode.ts';
import { checkProgramDates, checkStandardDates, checkTenure } from '../../domain/dates.ts';
import { stageFromCode, STAGES } from '../../domain/stages.ts';
import type { RuleIssue } from '../../domain/issue.ts';
import { codeSlug } from '../../routes.ts';
import { clip, type SanityDocumentLike } from '../problem.ts';
import { date, isObject, str, type At, type Subject } from './subject.ts';

const enumValue = (value: unknown, values: readonly string[]): string | undefined => (typeof value === 'string' && values.includes(value) ? value : undefined);

/** Rules beyond field shapes: USCC, code vs level, date order. */
export function checkDomainRules(subject: Subject, at: At): void {
  const { type } = subject;
  const doc: SanityDocumentLike = subject.entry.doc;
  /** Report each issue at its field; `prefix` is the path of the object the rule read. */
  const issues = (list: readonly (RuleIssue | undefined)[], prefix = ''): void => {
    for (const issue of list) if (issue) at(issue.level, `${prefix}${issue.field}`, issue.message.en);
  };
  switch (type) {
    case 'enterprise': {
      const uscc = str(doc['uscc']);
      if (uscc !== undefined && uscc !== '') issues(checkUscc(uscc));
      return;
    }
    case 'standard': {
      const code = str(doc['code']);
      const levelSpec = MODEL.standard['level'];
      const level = levelSpec?.kind === 'enum' ? enumValue(doc['level'], levelSpec.values) : undefined;
      if (code !== undefined && code.trim() !== '') {
        issues(checkStandardCode(code, level));
        // The slug of the code names a page (or a redirect page): capped like every file name.
        issues([codeSlugIssue(codeSlug(code))]);
      }
      // Earlier designations and the adopted code: the same code rule, without a level.
      const designations = doc['designations'];
      if (Array.isArray(designations)) {
        designations.forEach((d, i) => {
          const dc = isObject(d) ? str(d['code']) : undefined;
          if (dc === undefined || dc.trim() === '') return;
          issues([...checkStandardCode(dc, undefined), codeSlugIssue(codeSlug(dc))], `designations[${i}].`);
        });
      }
      const adoptedCode = isObject(doc['adopts']) ? str(doc['adopts']['code']) : undefined;
      if (adoptedCode !== undefined && adoptedCode.trim() !== '') issues(checkStandardCode(adoptedCode, undefined), 'adopts.');
      const stage = enumValue(doc['stage'], Object.keys(STAGES));
      issues(
        // A missing withdrawnOn is checked across records (standards.ts): the replacing
        // edition's effectiveOn may supply it.
        checkStandardDates(
          {
            stage: stage ?? null,
            publishedOn: date(doc['publishedOn']) ?? null,
            effectiveOn: date(doc['effectiveOn']) ?? null,
            withdrawnOn: date(doc['withdrawnOn']) ?? null,
          },
          { withdrawal: false },
        ),
      );
      const stageCode = str(doc['stageCode']);
      if (stageCode !== undefined && stage !== undefined) {
        const implied = stageFromCode(stageCode);
        if (implied === undefined) {
          at('warning', 'stageCode', `stageCode "${clip(stageCode, 20)}" is not a harmonized stage code. Write it as two digits, a dot and two digits, e.g. 60.60, or remove it.`);
        } else if (implied !== stage) {
          at('warning', 'stageCode', `stageCode ${clip(stageCode, 20)} means stage "${implied}" but stage is "${stage}". Make the two agree.`);
        }
      }
      return;
    }
    case 'technicalCommittee': {
      const code = str(doc['code']);
      if (code !== undefined && code.trim() !== '' && slugifyCode(code) === '') {
        at('error', 'code', `code "${clip(code, 40)}" has no letters or digits, so it gives no page address. Write the committee code, e.g. SAC/TC 28.`);
      }
      if (code !== undefined) issues([codeSlugIssue(slugifyCode(code))]);
      return;
    }
    case 'committeeRole':
      issues(checkTenure(date(doc['since']), date(doc['until'])));
      return;
    case 'supportProgram':
      issues(checkProgramDates(date(doc['opensOn']), date(doc['closesOn'])));
      return;
    default:
      return;
  }
}
