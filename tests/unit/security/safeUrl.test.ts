/**
 * safeUrl, the site's own line against addresses the content check would refuse: only
 * http(s), no credentials, nothing absurdly long — and every hostile address of the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../site/lib/view/safeUrl.ts';
import { URL_PAYLOADS } from '../../fixtures/security/payloads.ts';

describe('safeUrl', () => {
  it('keeps http(s) addresses, normalized', () => {
    expect(safeUrl('https://www.sac.gov.cn/')).toBe('https://www.sac.gov.cn/');
    expect(safeUrl('http://std.samr.gov.cn/gb/search?q=39204')).toBe('http://std.samr.gov.cn/gb/search?q=39204');
    expect(safeUrl('HTTPS://ISO.ORG/standard/1.html')).toBe('https://iso.org/standard/1.html');
    expect(safeUrl('https://例子.中国/路径')).toBe('https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84');
    expect(safeUrl('https://example.org/"><script>alert(1)</script>')).toBe('https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  });

  it('drops every hostile address of the fixtures', () => {
    const kept = URL_PAYLOADS.map((make, i) => make(`u${i}`)).filter((url) => safeUrl(url) !== undefined);
    expect(kept).toEqual([]);
    expect(URL_PAYLOADS.length).toBe(15);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '\u0000javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
    'vbscript:msgbox(1)',
    'mailto:a@example.org',
    'tel:+861012345678',
    'ftp://example.org/',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
    '//example.org/',
    '/relative/path',
    // Spaces and invisible characters: a browser would remove or re-encode them (the check refuses them too).
    ' https://example.org/a b',
    'https://example.org/a\u200bb',
    'example.org',
    'https://bank.example@evil.example/',
    'https://user:pass@example.org/',
    'http://',
    `https://example.org/${'a'.repeat(5000)}`,
    '',
    null,
    undefined,
  ])('drops %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });
});
