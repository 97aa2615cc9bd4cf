import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../../site/integrations/sitemap.ts';

const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

describe('sitemapFiles', () => {
  it('lists every page once with its zh-CN and en versions, without status pages', () => {
    const files = sitemapFiles(['/en/stats/', '/stats/', '/', '/en/', '/404/', '/only-zh/', '/stats/'], 'https://zl.example.gov.cn/');
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    const pair = (path: string) =>
      `<url><loc>https://zl.example.gov.cn${path}</loc><xhtml:link rel="alternate" hreflang="zh-CN" href="https://zl.example.gov.cn${path.replace(/^\/en\//, '/')}"/><xhtml:link rel="alternate" hreflang="en" href="https://zl.example.gov.cn/en${path.replace(/^\/en\//, '/')}"/></url>`;
    expect(files.get('sitemap-0.xml')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><urlset ${NS} xmlns:xhtml="http://www.w3.org/1999/xhtml">` +
        `${pair('/')}${pair('/en/')}${pair('/en/stats/')}<url><loc>https://zl.example.gov.cn/only-zh/</loc></url>${pair('/stats/')}</urlset>`,
    );
    expect(files.get('sitemap-index.xml')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex ${NS}><sitemap><loc>https://zl.example.gov.cn/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    );
  });

  it('leaves out the error pages only', () => {
    const xml = sitemapFiles(['/404/', '/en/404/', '/standards/404/', '/awards/x/500/'], 'https://example.org/').get('sitemap-0.xml') ?? '';
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://example.org/awards/x/500/', 'https://example.org/standards/404/']);
  });

  it('splits at the entry limit and escapes URLs', () => {
    const files = sitemapFiles(['/a/', '/b/', '/c/?x=1&y=<2>'], 'https://example.org/', 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')).toContain('<loc>https://example.org/c/?x=1&amp;y=%3C2%3E</loc>');
    expect(files.get('sitemap-index.xml')).toContain('<loc>https://example.org/sitemap-1.xml</loc>');
  });

  it('pairs 40,000 pages in one file under the limit', () => {
    const paths = Array.from({ length: 20_000 }, (_, i) => `/standards/s-${i}/`).flatMap((p) => [p, `/en${p}`]);
    const xml = sitemapFiles(paths, 'https://example.org/').get('sitemap-0.xml') ?? '';
    expect(xml.match(/<url>/g)).toHaveLength(40_000);
    expect(xml.match(/hreflang="en"/g)).toHaveLength(40_000);
  });
});
