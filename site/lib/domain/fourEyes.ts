/**
 * Four-eyes verification of relation records (participations, committee roles, nominations):
 * who entered a record (`entered {by, byId, on}`) stays apart from who verified it
 * (`verification {status, by, byId, on}`); verifying needs a source (a URL, or a document title
 * with its date); and the verifier must not be the person who entered the record, unless the
 * office has switched that check off (a one-person office, `allowSelfVerification`).
 *
 * Pure: the Studio's actions (studio/actions/verifyAction.ts), the bulk intake and the tests
 * all call these functions; nothing else decides whether a record may be verified.
 */
import type { Label } from './vocabulary.ts';

/** A staff member as the workflow sees them: the Sanity user id and a display name. */
export interface StaffMember {
  readonly id: string;
  readonly name?: string | undefined;
  readonly email?: string | undefined;
}

/** Who entered a record, and when. `byId` (the Sanity user id) makes the comparison exact. */
export interface EnteredStamp {
  readonly _type: 'entered';
  readonly by: string;
  readonly byId?: string;
  readonly on: string;
}

/** The `verification` object of a verified record. */
export interface VerifiedStamp {
  readonly _type: 'verification';
  readonly status: 'verified';
  readonly by: string;
  readonly byId?: string;
  readonly on: string;
}

/** The fields of a relation record the rule reads. */
export interface VerifiableRecord {
  readonly entered?: { readonly by?: string | null; readonly byId?: string | null; readonly on?: string | null } | null;
  readonly source?: { readonly url?: string | null; readonly title?: string | null; readonly capturedOn?: string | null } | null;
  readonly verification?: { readonly status?: string | null } | null;
}

/** The office's setting: may the person who entered a record also verify it? */
export interface FourEyesSettings {
  readonly allowSelfVerification: boolean;
}

export const FOUR_EYES_DEFAULT: FourEyesSettings = { allowSelfVerification: false };

/** Why a record may not be verified now. */
export type RefusalCode = 'not-signed-in' | 'already-verified' | 'no-source' | 'own-record';

export interface Refusal {
  readonly code: RefusalCode;
  readonly message: Label;
}

/**
 * The name written into `entered.by` / `verification.by`: the user's name, else the e-mail,
 * else the id (a user without a profile name still leaves a trace).
 * @example staffName({ id: 'p1', name: '王芳' }) //=> '王芳'
 */
export function staffName(user: StaffMember): string {
  return user.name?.trim() || user.email?.trim() || user.id;
}

/**
 * Whether a record names its source well enough to be checked against it: a URL, or a
 * document's title together with the date it was read (a paper notice has no URL).
 * @example hasSource({ source: { title: '关于公布 2024 年中关村质量奖名单的通知', capturedOn: '2024-12-01' } }) //=> true
 */
export function hasSource(record: VerifiableRecord): boolean {
  const source = record.source;
  if (!source) return false;
  if (typeof source.url === 'string' && /^https?:\/\/\S+$/i.test(source.url.trim())) return true;
  return Boolean(source.title?.trim()) && Boolean(source.capturedOn?.trim());
}

/**
 * Whether `user` entered the record: by user id when the record has one, else by name (records
 * entered before ids were stamped, or by the bulk intake from a script).
 */
export function isEnterer(record: VerifiableRecord, user: StaffMember): boolean {
  const entered = record.entered;
  if (!entered) return false;
  if (entered.byId) return entered.byId === user.id;
  const by = entered.by?.trim();
  return Boolean(by) && (by === staffName(user) || by === user.email?.trim() || by === user.id);
}

/**
 * Why `user` may not verify `record`, or `null` when they may. Checked in this order: signed
 * in, not yet verified, a source to check against, and not the enterer (unless allowed).
 * @example verifyRefusal({ entered: { by: '张航', byId: 'pZhang' }, source: { url: 'https://samr.gov.cn/x' } }, { id: 'pZhang', name: '张航' })?.code //=> 'own-record'
 */
export function verifyRefusal(record: VerifiableRecord, user: StaffMember | null | undefined, settings: FourEyesSettings = FOUR_EYES_DEFAULT): Refusal | null {
  if (!user) return { code: 'not-signed-in', message: { zh: '需要登录后才能核验。', en: 'Sign in to verify.' } };
  if (record.verification?.status === 'verified') {
    return { code: 'already-verified', message: { zh: '这条记录已核验。', en: 'This record is already verified.' } };
  }
  if (!hasSource(record)) {
    return {
      code: 'no-source',
      message: {
        zh: '请先填写信息来源（来源网址，或来源标题和查阅日期），再核验。',
        en: 'Fill in the source (a URL, or the document title and the date it was read) before verifying.',
      },
    };
  }
  if (!settings.allowSelfVerification && isEnterer(record, user)) {
    const by = record.entered?.by?.trim() || staffName(user);
    return {
      code: 'own-record',
      message: {
        zh: `这条记录由您（${by}）录入，需由另一位同事核验（四眼原则）。`,
        en: `You (${by}) entered this record: another colleague must verify it (four-eyes rule).`,
      },
    };
  }
  return null;
}

/**
 * The `entered` stamp of a new record.
 * @example enteredStamp({ id: 'pZhang', name: '张航' }, '2026-12-01') //=> { _type: 'entered', by: '张航', byId: 'pZhang', on: '2026-12-01' }
 */
export function enteredStamp(user: StaffMember, today: string): EnteredStamp {
  return { _type: 'entered', by: staffName(user), byId: user.id, on: today };
}

/** The `verification` value the Verify action writes: status, the verifier, today. */
export function verifiedStamp(user: StaffMember, today: string): VerifiedStamp {
  return { _type: 'verification', status: 'verified', by: staffName(user), byId: user.id, on: today };
}

/**
 * The patch of the Verify action: the whole `verification` object at once (no stale `by`/`on`
 * of an earlier verification survives); `entered` is never touched.
 */
export function verifyPatch(user: StaffMember, today: string): { set: { verification: VerifiedStamp } }[] {
  return [{ set: { verification: verifiedStamp(user, today) } }];
}

/**
 * The setting from its text form (an environment variable): `1`, `true` or `yes` allow a
 * person to verify what they entered; anything else keeps the four-eyes rule.
 * @example fourEyesSettingsFrom('1') //=> { allowSelfVerification: true }
 */
export function fourEyesSettingsFrom(value: string | undefined): FourEyesSettings {
  return { allowSelfVerification: /^(1|true|yes)$/i.test(value?.trim() ?? '') };
}
