import type { DocumentActionComponent } from 'sanity';
import { useRouter } from 'sanity/router';
import { PARTICIPATION_FOR_ENTERPRISE } from '../lib/templates.ts';
import { publishedIdOf } from '../../site/lib/domain/visibility.ts';

/**
 * "新建标准参与" on an enterprise: opens a new participation with this enterprise filled in
 * (template PARTICIPATION_FOR_ENTERPRISE). Disabled until the enterprise is published, because
 * a reference to an unpublished enterprise cannot be published either.
 */
export const NewParticipationAction: DocumentActionComponent = (props) => {
  const router = useRouter();
  return {
    label: '新建标准参与',
    title: props.published ? '为这家企业新建一条标准参与记录，企业已自动填好。' : '请先发布这家企业，再为它新建标准参与记录。',
    disabled: !props.published,
    onHandle: () => {
      router.navigateIntent('create', [{ type: 'participation', template: PARTICIPATION_FOR_ENTERPRISE }, { enterpriseId: publishedIdOf(props.id) }]);
    },
  };
};
NewParticipationAction.displayName = 'NewParticipationAction';
