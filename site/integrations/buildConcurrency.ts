/**
 * How many pages Astro renders and writes at once (`build.concurrency`; Astro's default is 1).
 *
 * Why: with one page at a time, every page waits for its `mkdir` and `writeFile` on libuv's
 * thread pool, and each of those wakes a sleeping worker thread and then the main thread
 * again. On these virtual machines a thread wake-up is expensive kernel time (perf: most of
 * the build's system time is `try_to_wake_up` under `uv__work_submit`), and the main thread
 * idles about half of the generation phase. With 64 pages in flight the pool stays busy, the
 * wake-ups mostly vanish and rendering overlaps the writes.
 *
 * Measured on a 2-core machine, output on tmpfs, one build each (docs/decisions.md, D14):
 *   4,950 documents:  1 → 13.9–14.6 s CPU, 12–14 s wall;  64 → 9.6–10.1 s CPU, 7.3–7.7 s wall
 *   49,500 documents: 1 → 136 s CPU, 135 s wall, 2.06 GB;   64 → 87 s CPU, 65 s wall, 2.23 GB
 * 32 and 128 measure the same as 64 within noise. The output is byte-identical (sitemap and
 * every list are sorted, never in render order).
 */
export const BUILD_CONCURRENCY = 64;
