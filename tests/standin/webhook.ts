/**
 * Sanity's GROQ-powered webhook, as the stand-in fires it: after a committed transaction, for
 * each changed published document the filter accepts (delta GROQ: the document after the
 * change, `before()` and `after()`), POST the projection, signed like Sanity signs it
 * (`@sanity/webhook`'s `sanity-webhook-signature`). Drafts never fire, as on the Lake when
 * "drafts" is unticked. The filter and projection are the ones studio/README.md tells staff to
 * configure (PUBLISH_WEBHOOK_FILTER).
 */
import { encodeSignatureHeader } from '@sanity/webhook';
import { evaluate, parse } from 'groq-js';
import type { ChangedDocument } from './studioApi.ts';

/** The webhook filter of studio/README.md: only changes the public site can show. */
export const PUBLISH_WEBHOOK_FILTER = `_type in ["enterprise", "standard", "technicalCommittee", "award", "supportProgram", "siteSettings"]
  || (_type in ["participation", "committeeRole", "nomination"]
      && (verification.status == "verified" || before().verification.status == "verified"))`;

export interface WebhookOptions {
  readonly url: string;
  readonly secret: string;
  readonly filter?: string;
  /** The projection's fields: `{_id, _type}` as the README advises. */
  readonly log?: (line: string) => void;
}

export interface FiredWebhook {
  readonly id: string;
  readonly status: number;
}

/** An `onCommit` for the stand-in that fires the webhook; `fired` lists what it sent. */
export function groqWebhook(options: WebhookOptions) {
  const filter = parse(options.filter ?? PUBLISH_WEBHOOK_FILTER, { mode: 'delta' });
  const fired: FiredWebhook[] = [];
  const pending: Promise<void>[] = [];

  async function fire(change: ChangedDocument): Promise<void> {
    if (change.id.includes('.')) return;
    const before = change.before ?? null;
    const after = change.after ?? null;
    const root = after ?? before;
    const accepted = await (await evaluate(filter, { root, before, after })).get();
    if (accepted !== true) return;
    const body = JSON.stringify({ _id: change.id, _type: root?.['_type'] });
    const signature = await encodeSignatureHeader(body, Date.now(), options.secret);
    const response = await fetch(options.url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature } });
    fired.push({ id: change.id, status: response.status });
    options.log?.(`webhook ${change.id} → ${response.status}`);
  }

  return {
    fired,
    /** Resolves when every webhook fired so far has been answered. */
    settled: () => Promise.all(pending).then(() => undefined),
    onCommit(changed: readonly ChangedDocument[]): void {
      for (const change of changed) pending.push(fire(change).catch((error: unknown) => options.log?.(`webhook ${change.id} failed: ${String(error)}`)));
    },
  };
}
