/**
 * The "Publish site" button's call: POST to the deploy hook of the site's host (a Netlify or
 * Vercel build hook, a Cloudflare Pages deploy hook, a CI trigger URL). Pure apart from the
 * `fetch` it is given, so tests run it with a fake.
 */

/** What the action tells staff after the call. */
export interface DeployHookResult {
  readonly ok: boolean;
  readonly message: string;
}

/** The part of `fetch` the call uses. */
export type FetchLike = (url: string, init: { method: 'POST'; mode?: 'no-cors' }) => Promise<{ ok: boolean; status: number; type?: string }>;

/**
 * Ask the host to rebuild the site. A hook that answers without CORS headers still starts the
 * build, but the browser hides the answer: the call is then repeated as an opaque `no-cors`
 * request and reported as sent, not confirmed.
 */
export async function triggerDeployHook(url: string, fetchImpl: FetchLike): Promise<DeployHookResult> {
  try {
    const response = await fetchImpl(url, { method: 'POST' });
    if (response.ok) return { ok: true, message: '已通知网站重新构建，通常几分钟后新内容上线。' };
    return { ok: false, message: `构建服务拒绝了请求（HTTP ${response.status}）。请让管理员检查部署钩子地址（SANITY_STUDIO_DEPLOY_HOOK_URL）。` };
  } catch {
    try {
      await fetchImpl(url, { method: 'POST', mode: 'no-cors' });
      return { ok: true, message: '已发送重新构建请求，但构建服务未返回结果；几分钟后请查看网站是否更新。' };
    } catch {
      return { ok: false, message: '无法连接构建服务，请检查网络后重试，或联系管理员。' };
    }
  }
}
