import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudget, formatKB, isLoopback, KB, type Measurement } from '../../../scripts/lib/perf/budgets.ts';
import { heaviestDossier, heaviestPage, pagesToMeasure } from '../../../scripts/lib/perf/pages.ts';
import { formatTable } from '../../../scripts/lib/perf/report.ts';

const ok: Measurement = {
  path: '/enterprises/a/',
  kind: 'profile',
  requests: 2,
  rawBytes: 26_100,
  gzipBytes: 6_200,
  imageRequests: 1,
  nonLoopback: [],
  renderBlockingThirdParty: [],
  cls: 0,
};

describe('checkBudget', () => {
  it('passes a page within every budget', () => {
    expect(checkBudget(ok)).toEqual([]);
  });

  it('judges the profile on 60 kB gzip: exactly 60 000 bytes passes, one more fails', () => {
    expect(checkBudget({ ...ok, gzipBytes: 60 * KB })).toEqual([]);
    expect(checkBudget({ ...ok, gzipBytes: 60_001 })).toEqual(['/enterprises/a/: 60.0 kB gzip before images, budget 60.0 kB']);
    // Raw size is reported, not judged.
    expect(checkBudget({ ...ok, rawBytes: 500_000 })).toEqual([]);
  });

  it('names every other failure', () => {
    expect(
      checkBudget({
        ...ok,
        kind: 'page',
        path: '/',
        requests: 7,
        nonLoopback: ['https://cdn.example.com/x.js'],
        renderBlockingThirdParty: ['https://fonts.example.com/a.css'],
        cls: 0.0123,
      }),
    ).toEqual([
      '/: 7 requests before images, budget 6',
      '/: 1 request(s) to another origin: https://cdn.example.com/x.js',
      '/: render-blocking third-party resource(s): https://fonts.example.com/a.css',
      '/: cumulative layout shift 0.0123, budget 0.01',
    ]);
  });
});

describe('helpers', () => {
  it('formats kB as DevTools does (1000 bytes)', () => {
    expect(formatKB(61_440)).toBe('61.4 kB');
    expect(formatKB(0)).toBe('0.0 kB');
  });

  it('tells loopback from the network', () => {
    expect(isLoopback('http://127.0.0.1:4604/')).toBe(true);
    expect(isLoopback('http://localhost/x.css')).toBe(true);
    expect(isLoopback('http://[::1]:8080/')).toBe(true);
    expect(isLoopback('data:image/png;base64,AAAA')).toBe(true);
    expect(isLoopback('https://fonts.googleapis.com/css')).toBe(false);
    expect(isLoopback('http://127.example.com/')).toBe(false);
    expect(isLoopback('not a url')).toBe(false);
  });

  it('prints one aligned row per page with its verdict', () => {
    const table = formatTable([ok, { ...ok, path: '/en/', kind: 'page', cls: 0.5 }]).split('\n');
    expect(table).toEqual([
      'page             requests  raw      gzip    budget             images  offsite  blocking 3p  CLS     verdict',
      '/enterprises/a/  2         26.1 kB  6.2 kB  60.0 kB (profile)  1       0        0            0.0000  ok',
      '/en/             2         26.1 kB  6.2 kB  60.0 kB            1       0        0            0.5000  OVER',
    ]);
  });
});

describe('pages to measure', () => {
  it('takes the heaviest page of a section and both languages', () => {
    const dist = mkdtempSync(join(tmpdir(), 'perf-pages-'));
    const write = (path: string, bytes: number) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), 'x'.repeat(bytes));
    };
    write('/', 10);
    write('/enterprises/small', 100);
    write('/enterprises/big', 900);
    write('/standards/gb-t-1-2020', 50);
    write('/awards', 10);
    expect(heaviestPage(dist, 'enterprises')).toBe('/enterprises/big/');
    expect(heaviestPage(dist, 'committees')).toBeUndefined();
    const pages = pagesToMeasure(dist);
    expect(pages.filter((p) => p.kind === 'profile').map((p) => p.path)).toEqual(['/enterprises/big/', '/en/enterprises/big/']);
    expect(pages.map((p) => p.path)).toContain('/awards/');
    expect(pages.map((p) => p.path)).not.toContain('/support/');
    expect(pages.map((p) => p.path)).toContain('/en/standards/gb-t-1-2020/');
    expect(pages.length % 2).toBe(0);
  });

  it('takes the largest application dossier and the largest annual report', () => {
    const dist = mkdtempSync(join(tmpdir(), 'perf-dossiers-'));
    const write = (path: string, bytes: number) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), 'x'.repeat(bytes));
    };
    write('/enterprises/a', 100);
    write('/enterprises/a/dossier/p', 300);
    write('/enterprises/b/dossier/p', 500);
    write('/enterprises/b/dossier/q', 200);
    write('/reports/2024', 10);
    write('/reports/2025', 20);
    expect(heaviestDossier(dist)).toBe('/enterprises/b/dossier/p/');
    expect(heaviestPage(dist, 'enterprises')).toBe('/enterprises/a/');
    const paths = pagesToMeasure(dist).map((p) => p.path);
    expect(paths).toContain('/enterprises/b/dossier/p/');
    expect(paths).toContain('/en/reports/2025/');
    expect(heaviestDossier(mkdtempSync(join(tmpdir(), 'perf-none-')))).toBeUndefined();
  });
});
