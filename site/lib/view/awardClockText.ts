/**
 * An award's clocks and rules in words, both languages (the enterprise page's award history,
 * the award page). The rules themselves are domain/awardClock.ts; the ordinals are the one
 * session formatter of i18n/format.ts.
 */
import { scheduleOf, type AwardClock, type AwardRules, type SessionRef } from '../domain/awardClock.ts';
import type { Label } from '../domain/vocabulary.ts';
import { formatSession } from '../i18n/format.ts';

function sessionLabel(ref: SessionRef): Label {
  return { zh: `${formatSession(ref.session, 'zh')}（${ref.year} 年）`, en: `the ${formatSession(ref.session, 'en')} (${ref.year})` };
}

/** The clocks in words, both languages, in the order a reader needs them. */
export function clockSentences(clock: AwardClock): Label[] {
  const sentences: Label[] = [];
  const { apply, revocation } = clock;
  if (apply?.reason === 'wait' && apply.won) {
    const won = sessionLabel(apply.won);
    const next = sessionLabel(apply);
    sentences.push({
      zh: `${won.zh}获奖，须间隔 ${apply.waitSessions} 届，可于${next.zh}再次申报。`,
      en: `Won in ${won.en}; winners wait ${apply.waitSessions} sessions, so it may apply again from ${next.en}.`,
    });
  } else if (apply) {
    const next = sessionLabel(apply);
    sentences.push({ zh: `可申报下一届：${next.zh}。`, en: `May apply for the next session: ${next.en}.` });
  }
  if (revocation) {
    sentences.push(
      revocation.open
        ? {
            zh: `获奖后 ${revocation.years} 年内可被撤销：至 ${revocation.until} 前仍可能撤销。`,
            en: `A win can be revoked within ${revocation.years} years: this one until ${revocation.until}.`,
          }
        : {
            zh: `撤销期（获奖后 ${revocation.years} 年）已于 ${revocation.until} 届满。`,
            en: `The revocation period (${revocation.years} years after the win) ended on ${revocation.until}.`,
          },
    );
  }
  return sentences;
}

/** An award's rules in words, both languages (the award page). */
export function ruleSentences(rules: AwardRules, next?: SessionRef): Label[] {
  const sentences: Label[] = [];
  const s = scheduleOf(rules);
  if (s) {
    sentences.push(
      s.cycle === 1
        ? { zh: `每年评选一届，第 1 届于 ${s.first} 年举办。`, en: `Held every year; the 1st session was in ${s.first}.` }
        : { zh: `每 ${s.cycle} 年评选一届，第 1 届于 ${s.first} 年举办。`, en: `Held every ${s.cycle} years; the 1st session was in ${s.first}.` },
    );
  }
  if (rules.reapplyAfterSessions) {
    const n = rules.reapplyAfterSessions;
    sentences.push({ zh: `获奖组织须间隔 ${n} 届方可再次申报。`, en: `A winner may apply again only after ${n} sessions.` });
  }
  if (rules.revocationYears) {
    const n = rules.revocationYears;
    sentences.push({
      zh: `获奖后 ${n} 年内发生重大质量、安全或环境事故的，撤销其奖项。`,
      en: `A win is revoked after a major quality, safety or environmental accident within ${n} years.`,
    });
  }
  if (next) {
    const label = sessionLabel(next);
    sentences.push({ zh: `下一届：${label.zh}。`, en: `Next session: ${label.en}.` });
  }
  return sentences;
}
