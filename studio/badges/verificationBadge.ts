import type { DocumentBadgeComponent } from 'sanity';
import { VERIFICATION_STATUSES } from '../../site/lib/domain/vocabulary.ts';
import { verificationStatusOf } from '../lib/verify.ts';

/**
 * 已录入 / 已核验 next to a relation record's title: the status of the version being edited
 * (the draft when there is one). Only verified records reach the site.
 */
export const VerificationBadge: DocumentBadgeComponent = (props) => {
  const status = verificationStatusOf(props.draft ?? props.published);
  return {
    label: VERIFICATION_STATUSES[status].zh,
    title: status === 'verified' ? '已与来源核对；发布后显示在网站上。' : '尚未核验：网站不显示这条记录。',
    color: status === 'verified' ? 'success' : 'warning',
  };
};
VerificationBadge.displayName = 'VerificationBadge';
