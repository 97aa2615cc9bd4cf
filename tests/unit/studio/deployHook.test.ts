/** The "Publish site" call, with a fake fetch. */
import { describe, expect, it } from 'vitest';
import { triggerDeployHook, type FetchLike } from '../../../studio/lib/deployHook.ts';

const HOOK = 'https://api.netlify.com/build_hooks/abc123';

/** A fetch that records its calls and answers from a list (an Error entry is thrown). */
function fakeFetch(answers: ({ ok: boolean; status: number; type?: string } | Error)[]) {
  const calls: { url: string; mode: string | undefined }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, mode: init.mode });
    const answer = answers.shift();
    if (!answer || answer instanceof Error) throw answer ?? new Error('no answer');
    return answer;
  };
  return { calls, fetchImpl };
}

describe('triggerDeployHook', () => {
  it('POSTs once to the hook and reports success', async () => {
    const { calls, fetchImpl } = fakeFetch([{ ok: true, status: 201 }]);
    expect(await triggerDeployHook(HOOK, fetchImpl)).toEqual({ ok: true, message: '已通知网站重新构建，通常几分钟后新内容上线。' });
    expect(calls).toEqual([{ url: HOOK, mode: undefined }]);
  });

  it('reports a refused hook with its status and where to fix it', async () => {
    const { fetchImpl } = fakeFetch([{ ok: false, status: 404 }]);
    expect(await triggerDeployHook(HOOK, fetchImpl)).toEqual({
      ok: false,
      message: '构建服务拒绝了请求（HTTP 404）。请让管理员检查部署钩子地址（SANITY_STUDIO_DEPLOY_HOOK_URL）。',
    });
  });

  it('repeats a CORS-blocked call as no-cors and reports it as sent', async () => {
    const { calls, fetchImpl } = fakeFetch([new TypeError('Failed to fetch'), { ok: false, status: 0, type: 'opaque' }]);
    const result = await triggerDeployHook(HOOK, fetchImpl);
    expect(result.ok).toBe(true);
    expect(result.message).toBe('已发送重新构建请求，但构建服务未返回结果；几分钟后请查看网站是否更新。');
    expect(calls.map((call) => call.mode)).toEqual([undefined, 'no-cors']);
  });

  it('reports an unreachable hook', async () => {
    const { fetchImpl } = fakeFetch([new TypeError('Failed to fetch'), new TypeError('Failed to fetch')]);
    expect(await triggerDeployHook(HOOK, fetchImpl)).toEqual({ ok: false, message: '无法连接构建服务，请检查网络后重试，或联系管理员。' });
  });
});
