import { useCurrentUser, useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { todayInBeijing } from '../../site/lib/domain/dates.ts';
import { buildVerifyPatch, verificationStatusOf } from '../lib/verify.ts';

/**
 * "核验通过" (Verify) on participations, committee roles and nominations: one click writes
 * `verification` = verified, the current user's name and today (Beijing time) into the draft.
 * Publishing then puts the record on the site. Hidden once the record being edited is verified,
 * so Publish becomes the main button again.
 */
export const VerifyAction: DocumentActionComponent = (props) => {
  const { patch } = useDocumentOperation(props.id, props.type);
  const user = useCurrentUser();
  if (verificationStatusOf(props.draft ?? props.published) === 'verified') return null;
  return {
    label: '核验通过',
    title: user
      ? `已与信息来源核对：记为“已核验”，核验人 ${user.name || user.email || user.id}，日期为今天。之后请点“发布”。`
      : '需要登录后才能核验。',
    tone: 'positive',
    disabled: !user || Boolean(patch.disabled),
    onHandle: () => {
      if (user) patch.execute(buildVerifyPatch(user, todayInBeijing()));
    },
  };
};
VerifyAction.displayName = 'VerifyAction';
