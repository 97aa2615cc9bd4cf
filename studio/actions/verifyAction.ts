import { useEffect, useState } from 'react';
import { useCurrentUser, useDocumentOperation, type DocumentActionComponent, type DocumentActionProps } from 'sanity';
import { todayInBeijing } from '../../site/lib/domain/dates.ts';
import { verifyRefusal, type VerifiableRecord } from '../../site/lib/domain/fourEyes.ts';
import { buildVerifyPatch, FOUR_EYES_SETTINGS, verificationStatusOf } from '../lib/verify.ts';

/** The version staff are looking at: the draft when there is one. */
const editedVersion = (props: DocumentActionProps) => (props.draft ?? props.published) as (VerifiableRecord & Record<string, unknown>) | null;

/**
 * The refusal as the action's dialog: a click on a refused Verify says why, in Chinese
 * (a disabled button could not show it), and changes nothing.
 */
function refusalDialog(message: string | null, close: () => void) {
  return message ? ({ type: 'popover', content: message, onClose: close } as const) : null;
}

/**
 * "核验通过" (Verify) on participations, committee roles and nominations: writes
 * `verification` = verified, the current user and today (Beijing time) into the draft, after the
 * four-eyes rule (site/lib/domain/fourEyes.ts): a source is needed, and the person who entered
 * the record may not verify it. Hidden once the edited version is verified, so 发布 becomes the
 * main button; an unpublished verified record is listed in 待核验 → 已核验未发布.
 */
export const VerifyAction: DocumentActionComponent = (props) => {
  const { patch } = useDocumentOperation(props.id, props.type);
  const user = useCurrentUser();
  const [refused, setRefused] = useState<string | null>(null);
  const record = editedVersion(props);
  if (verificationStatusOf(record) === 'verified') return null;
  const refusal = verifyRefusal(record ?? {}, user, FOUR_EYES_SETTINGS);
  return {
    label: '核验通过',
    title: refusal?.message.zh ?? `已与信息来源核对：记为“已核验”，核验人 ${user?.name || user?.email || user?.id}，日期为今天。之后请点“发布”。`,
    disabled: Boolean(patch.disabled) || refusal?.code === 'not-signed-in',
    onHandle: () => {
      if (refusal) return setRefused(refusal.message.zh);
      if (user) patch.execute(buildVerifyPatch(user, todayInBeijing()));
    },
    dialog: refusalDialog(refused, () => setRefused(null)),
  };
};
VerifyAction.displayName = 'VerifyAction';

/**
 * "核验并发布" (Verify and publish), the main button of an unverified relation record: the
 * Verify patch, then 发布 as soon as the draft carries it — one click, and the record is on the
 * next build of the site. Same four-eyes rule as 核验通过.
 */
export const VerifyAndPublishAction: DocumentActionComponent = (props) => {
  const { patch, publish } = useDocumentOperation(props.id, props.type);
  const user = useCurrentUser();
  const [refused, setRefused] = useState<string | null>(null);
  const [phase, setPhase] = useState<'idle' | 'verifying' | 'publishing'>('idle');
  const record = editedVersion(props);
  const draftVerified = verificationStatusOf(props.draft) === 'verified';

  // Publish once the patched draft is there (publish needs a draft to copy).
  useEffect(() => {
    if (phase === 'verifying' && draftVerified && !publish.disabled) {
      setPhase('publishing');
      publish.execute();
    }
    if (phase === 'publishing' && !props.draft) setPhase('idle');
  }, [phase, draftVerified, publish, props.draft]);

  if (phase === 'idle' && verificationStatusOf(record) === 'verified') return null;
  const refusal = verifyRefusal(record ?? {}, user, FOUR_EYES_SETTINGS);
  return {
    label: phase === 'idle' ? '核验并发布' : '正在核验并发布…',
    title: refusal?.message.zh ?? '与信息来源核对无误：记为“已核验”（核验人为您，日期为今天）并立即发布。',
    tone: 'positive',
    disabled: phase !== 'idle' || Boolean(patch.disabled) || refusal?.code === 'not-signed-in',
    onHandle: () => {
      if (refusal) return setRefused(refusal.message.zh);
      if (!user) return;
      setPhase('verifying');
      patch.execute(buildVerifyPatch(user, todayInBeijing()));
    },
    dialog: refusalDialog(refused, () => setRefused(null)),
  };
};
VerifyAndPublishAction.displayName = 'VerifyAndPublishAction';
