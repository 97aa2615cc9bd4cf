/**
 * The 发布网站 (Publish site) call and the build status it shows. One POST to the deploy hook —
 * the publisher of this project (`npm run publisher`), a static host's build hook (Netlify,
 * Vercel, Cloudflare Pages) or a CI trigger — and, when a status address is configured (the
 * publisher's `/status`), the last build's state and time. Pure apart from the `fetch` it is
 * given, so tests run it with a fake.
 */

/** What the action tells staff after the call. */
export interface DeployHookResult {
  readonly ok: boolean;
  readonly message: string;
}

/** The part of `fetch` the calls use. */
export type FetchLike = (
  url: string,
  init: { method: 'POST' | 'GET'; mode?: 'no-cors'; cache?: 'no-store' },
) => Promise<{ ok: boolean; status: number; type?: string; json?: () => Promise<unknown> }>;

/**
 * Ask the host to rebuild the site, with exactly one request. A hook whose answer the Studio
 * can read (`readable`: it sends CORS headers, as the publisher does) is reported as accepted
 * or refused. Any other hook is called `no-cors`: the browser still sends the POST (a simple
 * request, no preflight) but hides the answer, so it is reported as sent, not confirmed — and it
 * is never sent twice.
 */
export async function triggerDeployHook(url: string, fetchImpl: FetchLike, readable = false): Promise<DeployHookResult> {
  try {
    if (!readable) {
      await fetchImpl(url, { method: 'POST', mode: 'no-cors' });
      return { ok: true, message: '已发送重新构建请求；构建服务不返回结果，几分钟后请查看网站是否更新。' };
    }
    const response = await fetchImpl(url, { method: 'POST' });
    if (response.ok) return { ok: true, message: '已通知网站重新构建，通常几分钟后新内容上线。' };
    return { ok: false, message: `构建服务拒绝了请求（HTTP ${response.status}）。请让管理员检查部署钩子地址（SANITY_STUDIO_DEPLOY_HOOK_URL）。` };
  } catch {
    return { ok: false, message: '无法连接构建服务，请检查网络后重试，或联系管理员。' };
  }
}

/** The publisher's `/status` (scripts/publisher/status.ts): what the Studio shows. */
export interface BuildStatus {
  readonly state: 'idle' | 'waiting' | 'building';
  readonly last?: {
    readonly ok: boolean;
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly durationMs: number;
    readonly documents?: number;
    readonly error?: string;
  };
}

/** `2026-12-03T02:15:00Z` → `2026-12-03 10:15`, Beijing time. */
export function beijingTime(iso: string): string {
  const date = new Date(Date.parse(iso) + 8 * 3600_000);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The status in one Chinese sentence.
 * @example describeBuildStatus({ state: 'idle', last: { ok: true, startedAt: '2026-12-03T02:14:18Z', finishedAt: '2026-12-03T02:15:00Z', durationMs: 42000 } }) //=> '上次构建成功：2026-12-03 10:15（用时 42 秒）。'
 */
export function describeBuildStatus(status: BuildStatus): string {
  const now = status.state === 'building' ? '正在构建网站…' : status.state === 'waiting' ? '已收到更新，稍后开始构建…' : '';
  const last = status.last;
  const lastText = !last
    ? '尚无构建记录。'
    : last.ok
      ? `上次构建成功：${beijingTime(last.finishedAt)}（用时 ${Math.round(last.durationMs / 1000)} 秒）。`
      : `上次构建失败：${beijingTime(last.finishedAt)}，网站仍是之前成功的版本。原因：${last.error ?? '未知'}`;
  return [now, lastText].filter(Boolean).join(' ');
}

/** Read the build status; `null` when it cannot be read. */
export async function fetchBuildStatus(url: string, fetchImpl: FetchLike): Promise<BuildStatus | null> {
  try {
    const response = await fetchImpl(url, { method: 'GET', cache: 'no-store' });
    if (!response.ok || !response.json) return null;
    return (await response.json()) as BuildStatus;
  } catch {
    return null;
  }
}
