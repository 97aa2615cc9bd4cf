/**
 * The content generation of this process: what a once-per-build cache is keyed by.
 *
 * `astro build` loads the register once and every page shares it. The live builder
 * (site/integrations/liveBuild.ts) keeps one build process running and, on each publish,
 * starts a new generation: the register, the search index and the redirects are then loaded
 * again, once, and shared by that rebuild's pages. On globalThis, because the integrations
 * (loaded with astro.config.mjs) and the pages (Astro's SSR bundle) are two module graphs in
 * one process.
 */
/**
 * Whether this process is a live build (`LIVE_BUILD=1`, set by scripts/liveBuild.ts), which
 * will see more generations: only then is keeping a value for the next one worth its cost.
 */
export function liveBuildEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env['LIVE_BUILD'] === '1';
}

const GENERATION = Symbol.for('standards-tracker.contentGeneration');

type Store = typeof globalThis & { [GENERATION]?: number };

/** The current generation (0 until the live builder starts a new one). */
export function contentGeneration(): number {
  return (globalThis as Store)[GENERATION] ?? 0;
}

/** Start a new generation: every `perGeneration` value is made again on its next use. */
export function nextContentGeneration(): number {
  const store = globalThis as Store;
  store[GENERATION] = (store[GENERATION] ?? 0) + 1;
  return store[GENERATION];
}

/**
 * `make()` once per content generation (the first call of a generation passes its arguments).
 * @example const getIndex = perGeneration(() => getRegister().then(buildIndex));
 */
export function perGeneration<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  let made: { readonly generation: number; readonly value: T } | undefined;
  return (...args: A) => {
    const generation = contentGeneration();
    if (made?.generation !== generation) made = { generation, value: make(...args) };
    return made.value;
  };
}

/**
 * One promise at a time, kept on globalThis under `name` with the key it was made for: the
 * integrations and the pages (two module graphs) share it, a new key replaces it — so a live
 * build keeps one register and one checked file, not one per publish — and a rejected promise
 * is dropped, so the next call tries again.
 * @example const once = sharedOnce<Register>('x'); once(key, () => fetch()) // same promise for the same key
 */
export function sharedOnce<T>(name: string): (key: string, make: () => Promise<T>) => Promise<T> {
  const symbol = Symbol.for(name);
  const store = globalThis as { [key: symbol]: { readonly key: string; readonly value: Promise<T> } | undefined };
  return (key, make) => {
    const held = store[symbol];
    if (held?.key === key) return held.value;
    const entry = { key, value: make() };
    store[symbol] = entry;
    entry.value.catch(() => {
      if (store[symbol] === entry) store[symbol] = undefined;
    });
    return entry.value;
  };
}

const WARM_UPS = Symbol.for('standards-tracker.generationWarmUps');
type WarmUps = typeof globalThis & { [WARM_UPS]?: Map<string, () => unknown> };

/**
 * Work a live rebuild starts as soon as its content is checked (`warmUpGeneration`), before
 * Astro asks for it: the search index, made in its own thread meanwhile. One per `name` (a
 * module loaded again replaces its own).
 */
export function onGeneration(name: string, start: () => unknown): void {
  const store = globalThis as WarmUps;
  (store[WARM_UPS] ??= new Map()).set(name, start);
}

/** Start the current generation's warm-ups (liveBuild.ts, after the content check). A failure is the caller's that awaits the value, not this one's. */
export function warmUpGeneration(): void {
  for (const start of (globalThis as WarmUps)[WARM_UPS]?.values() ?? []) {
    try {
      Promise.resolve(start()).catch(() => undefined);
    } catch {
      // Reported where the value is used.
    }
  }
}
