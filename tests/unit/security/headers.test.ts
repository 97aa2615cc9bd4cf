/**
 * The host-side headers: site/public/_headers (Netlify, Cloudflare Pages; copied into dist/)
 * and deploy/nginx.conf set the same security headers; the header policy adds what a <meta>
 * cannot carry and never restricts script or style sources (that would block the hashed
 * inline scripts the pages' own <meta> policy allows).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseCsp, parseHeadersFile, parseNginxHeaders } from '../../fixtures/security/headers.ts';

const rules = parseHeadersFile(readFileSync('site/public/_headers', 'utf8'));
const netlify = new Map(headersFor(rules, '/en/standards/gb-t-39204-2022/'));
const nginx = new Map(parseNginxHeaders(readFileSync('deploy/nginx.conf', 'utf8')));

describe('security headers for static hosts', () => {
  it('_headers applies them to every path', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*']);
    for (const path of ['/', '/search/', '/data/enterprises.csv', '/_astro/x.js', '/404.html']) expect(new Map(headersFor(rules, path))).toEqual(netlify);
  });

  it('nginx sets exactly the same headers and values', () => {
    expect(nginx).toEqual(netlify);
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toMatch(/location = \/_headers \{\s*return 404;/);
  });

  it('carries frame-ancestors and the usual hardening headers', () => {
    const csp = parseCsp(netlify.get('Content-Security-Policy') ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(netlify.get('X-Frame-Options')).toBe('DENY');
    expect(netlify.get('X-Content-Type-Options')).toBe('nosniff');
    expect(netlify.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(netlify.get('Permissions-Policy')).toMatch(/camera=\(\)/);
    expect(netlify.get('Strict-Transport-Security')).toMatch(/^max-age=\d{7,}/);
  });

  it('leaves script and style sources to the pages’ <meta> policy', () => {
    const csp = parseCsp(netlify.get('Content-Security-Policy') ?? '');
    for (const directive of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem']) expect(csp.has(directive), directive).toBe(false);
  });
});
