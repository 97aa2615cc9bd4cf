/**
 * 发布网站 (Publish site), a tool in the Studio's top bar, so every editor finds it: one button
 * that sends one request to the deploy hook, and the last build's status and time read from the
 * publisher's `/status` (studio/lib/deployHook.ts). Present only when SANITY_STUDIO_DEPLOY_HOOK_URL
 * is set at build time.
 */
import { Box, Button, Card, Stack, Text } from '@sanity/ui';
import { useCallback, useEffect, useState } from 'react';
import type { Tool } from 'sanity';
import { describeBuildStatus, fetchBuildStatus, triggerDeployHook, type BuildStatus, type DeployHookResult } from '../lib/deployHook.ts';

/** How often the status is read while a build is waiting or running. */
const POLL_MS = 2000;

function PublishSite({ hookUrl, statusUrl }: { hookUrl: string; statusUrl: string | undefined }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DeployHookResult | null>(null);
  const [status, setStatus] = useState<BuildStatus | null>(null);
  const [polls, setPolls] = useState(0);

  const refresh = useCallback(async () => {
    if (statusUrl) setStatus(await fetchBuildStatus(statusUrl, (url, init) => fetch(url, init)));
  }, [statusUrl]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // After a click, and while a build waits or runs, read the status again.
  useEffect(() => {
    if (!statusUrl || polls === 0) return undefined;
    const timer = setTimeout(() => {
      void refresh().then(() => setPolls((count) => (count > 0 ? count - 1 : 0)));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [polls, refresh, statusUrl]);
  useEffect(() => {
    if (status && status.state !== 'idle' && polls === 0) setPolls(1);
  }, [status, polls]);

  const publish = () => {
    setBusy(true);
    setResult(null);
    void triggerDeployHook(hookUrl, (url, init) => fetch(url, init), Boolean(statusUrl)).then((outcome) => {
      setResult(outcome);
      setBusy(false);
      setPolls(3);
    });
  };

  return (
    <Box padding={4} style={{ maxWidth: 720 }}>
      <Stack gap={4}>
        <Text as="h1" size={3} weight="bold">
          发布网站
        </Text>
        <Text size={1} muted>
          用已发布的内容重新构建公开网站。未发布的草稿和未核验的记录不会上线；构建失败时网站保持上一次成功的版本。
        </Text>
        <Box>
          <Button text={busy ? '正在通知构建…' : '发布网站'} tone="primary" disabled={busy} onClick={publish} />
        </Box>
        {result ? (
          <Card tone={result.ok ? 'positive' : 'critical'} padding={3} role="status">
            <Text>{result.message}</Text>
          </Card>
        ) : null}
        {statusUrl ? (
          <Card padding={3} border data-testid="build-status">
            <Text>{status ? describeBuildStatus(status) : '无法读取构建状态。'}</Text>
          </Card>
        ) : null}
      </Stack>
    </Box>
  );
}

/** The tool for a hook (and, for the publisher, its status address). */
export function publishTool(hookUrl: string, statusUrl: string | undefined): Tool {
  return {
    name: 'publish-site',
    title: '发布网站',
    component: () => <PublishSite hookUrl={hookUrl} statusUrl={statusUrl} />,
  };
}
