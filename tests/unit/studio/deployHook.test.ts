/** The 发布网站 call and the build status, with a fake fetch. */
import { describe, expect, it } from 'vitest';
import { describeBuildStatus, fetchBuildStatus, triggerDeployHook, type FetchLike } from '../../../studio/lib/deployHook.ts';

const HOOK = 'https://api.netlify.com/build_hooks/abc123';

/** A fetch that records its calls and answers from a list (an Error entry is thrown). */
function fakeFetch(answers: ({ ok: boolean; status: number; type?: string; json?: () => Promise<unknown> } | Error)[]) {
  const calls: { url: string; method: string; mode: string | undefined }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, method: init.method, mode: init.mode });
    const answer = answers.shift();
    if (!answer || answer instanceof Error) throw answer ?? new Error('no answer');
    return answer;
  };
  return { calls, fetchImpl };
}

describe('triggerDeployHook', () => {
  it('a host hook (no CORS): one no-cors POST, reported as sent', async () => {
    const { calls, fetchImpl } = fakeFetch([{ ok: false, status: 0, type: 'opaque' }]);
    expect(await triggerDeployHook(HOOK, fetchImpl)).toEqual({ ok: true, message: '已发送重新构建请求；构建服务不返回结果，几分钟后请查看网站是否更新。' });
    expect(calls).toEqual([{ url: HOOK, method: 'POST', mode: 'no-cors' }]);
  });

  it('the publisher (readable): one POST, accepted', async () => {
    const { calls, fetchImpl } = fakeFetch([{ ok: true, status: 202 }]);
    expect(await triggerDeployHook(HOOK, fetchImpl, true)).toEqual({ ok: true, message: '已通知网站重新构建，通常几分钟后新内容上线。' });
    expect(calls).toEqual([{ url: HOOK, method: 'POST', mode: undefined }]);
  });

  it('reports a refused hook with its status and where to fix it', async () => {
    const { fetchImpl } = fakeFetch([{ ok: false, status: 404 }]);
    expect(await triggerDeployHook(HOOK, fetchImpl, true)).toEqual({
      ok: false,
      message: '构建服务拒绝了请求（HTTP 404）。请让管理员检查部署钩子地址（SANITY_STUDIO_DEPLOY_HOOK_URL）。',
    });
  });

  it('an unreachable hook: reported, never retried', async () => {
    const { calls, fetchImpl } = fakeFetch([new TypeError('Failed to fetch')]);
    expect(await triggerDeployHook(HOOK, fetchImpl)).toEqual({ ok: false, message: '无法连接构建服务，请检查网络后重试，或联系管理员。' });
    expect(calls).toHaveLength(1);
  });
});

describe('build status', () => {
  it('describes success, failure and a build under way in Beijing time', () => {
    const last = { ok: true, startedAt: '2026-12-03T02:14:18Z', finishedAt: '2026-12-03T02:15:00Z', durationMs: 42_000 };
    expect(describeBuildStatus({ state: 'idle', last })).toBe('上次构建成功：2026-12-03 10:15（用时 42 秒）。');
    expect(describeBuildStatus({ state: 'building', last: { ...last, ok: false, error: 'content check: 2 errors' } })).toBe(
      '正在构建网站… 上次构建失败：2026-12-03 10:15，网站仍是之前成功的版本。原因：content check: 2 errors',
    );
    expect(describeBuildStatus({ state: 'waiting' })).toBe('已收到更新，稍后开始构建… 尚无构建记录。');
  });

  it('reads the status, null when unreadable', async () => {
    const { fetchImpl } = fakeFetch([{ ok: true, status: 200, json: async () => ({ state: 'idle' }) }, new TypeError('x')]);
    expect(await fetchBuildStatus('http://127.0.0.1:3417/status', fetchImpl)).toEqual({ state: 'idle' });
    expect(await fetchBuildStatus('http://127.0.0.1:3417/status', fetchImpl)).toBeNull();
  });
});
