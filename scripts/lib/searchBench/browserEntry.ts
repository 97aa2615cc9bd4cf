/**
 * The benchmark page's script (bundled by esbuild): runs one engine — ours (the worker's engine over
 * the shards) or Pagefind — paints results, and exposes timing hooks to the driver.
 * `?engine=lunr|pagefind&q=…` paints the first results of q on load (cold measurement).
 */
import { SearchEngine } from '../../../site/lib/search/engine.ts';
import { SECTION_PATHS } from '../../../site/lib/routes.ts';

interface Engine {
  /** Top paths of a query (10). */
  top(query: string): Promise<string[]>;
}

async function lunrEngine(): Promise<Engine> {
  const engine = await SearchEngine.open(async (path) => (await fetch(`${SECTION_PATHS.search}${path}`)).json() as Promise<unknown>);
  return {
    async top(query) {
      // The complete ranking (names and full text), not the early names-only answer.
      const hits = await engine.rankedRefs(query);
      const docs = await engine.docs(hits.slice(0, 10).map((h) => h.ref));
      return hits.slice(0, 10).map((h) => docs.get(h.ref)?.path ?? '');
    },
  };
}

interface PagefindApi {
  search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> } | null>;
  init?(): Promise<void>;
}

async function pagefindEngine(): Promise<Engine> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.init?.();
  return {
    async top(query) {
      const search = await pagefind.search(query);
      const data = await Promise.all((search?.results ?? []).slice(0, 10).map((r) => r.data()));
      return data.map((d) => d.url.replace(/index\.html$/, ''));
    },
  };
}

const params = new URLSearchParams(location.search);
const which = params.get('engine') === 'pagefind' ? 'pagefind' : 'lunr';
const ready = which === 'pagefind' ? pagefindEngine() : lunrEngine();
const out = document.getElementById('out') as HTMLOListElement;

function render(paths: string[]): void {
  out.replaceChildren(...paths.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
}

/** Render, then wait until the frame with the results has been painted. */
async function paint(paths: string[]): Promise<void> {
  render(paths);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const w = window as unknown as Record<string, unknown>;
w['benchTop'] = async (query: string) => (await ready).top(query);
/**
 * Per-keystroke latencies (ms) typing each query once more after a warm-up pass: query to
 * results in the DOM (the wait for the next frame, up to 16.7 ms, is the display's, not ours).
 */
w['benchWarm'] = async (queries: string[]) => {
  const engine = await ready;
  const prefixes = queries.flatMap((q) =>
    Array.from(q).map((_, i) =>
      Array.from(q)
        .slice(0, i + 1)
        .join(''),
    ),
  );
  for (const p of prefixes) await engine.top(p);
  const times: number[] = [];
  for (const p of prefixes) {
    const t = performance.now();
    render(await engine.top(p));
    times.push(performance.now() - t);
  }
  return times;
};
const q = params.get('q');
if (q) {
  void ready.then(async (engine) => {
    await paint(await engine.top(q));
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    w['benchCold'] = {
      ms: performance.now(),
      bytes: entries.reduce((n, e) => n + e.transferSize, nav?.transferSize ?? 0),
      requests: entries.length + 1,
      results: out.children.length,
    };
  });
}
