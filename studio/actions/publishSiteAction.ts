import { useState } from 'react';
import type { DocumentActionComponent } from 'sanity';
import { triggerDeployHook, type DeployHookResult } from '../lib/deployHook.ts';

/**
 * "发布网站" (Publish site): calls the deploy hook so the static site is rebuilt from the
 * published content. Created only when a hook URL is configured (SANITY_STUDIO_DEPLOY_HOOK_URL);
 * without one, there is no button.
 */
export function createPublishSiteAction(hookUrl: string): DocumentActionComponent {
  const PublishSiteAction: DocumentActionComponent = () => {
    const [busy, setBusy] = useState(false);
    const [result, setResult] = useState<DeployHookResult | null>(null);
    return {
      label: busy ? '正在通知构建…' : '发布网站',
      title: '用已发布的内容重新构建公开网站。未发布的草稿和未核验的记录不会上线。',
      tone: 'primary',
      disabled: busy,
      onHandle: () => {
        setBusy(true);
        void triggerDeployHook(hookUrl, (url, init) => fetch(url, init)).then((outcome) => {
          setResult(outcome);
          setBusy(false);
        });
      },
      dialog: result ? { type: 'popover', content: result.message, onClose: () => setResult(null) } : null,
    };
  };
  PublishSiteAction.displayName = 'PublishSiteAction';
  return PublishSiteAction;
}
