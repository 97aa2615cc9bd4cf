/**
 * Portable Text is rendered by @portabletext/to-html (programsBody.ts), which escapes all text
 * and drops `javascript:` and `data:` links; our link serializer narrows that to http(s) with
 * safeUrl. astro-portabletext 1.0.1, which renders a `javascript:` link as is
 * (docs/sanity-offline.md), is not a dependency and not imported anywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toHTML } from '@portabletext/to-html';
import { describe, expect, it } from 'vitest';
import { renderProgramBody } from '../../../site/lib/view/programsBody.ts';
import type { Program } from '../../../site/lib/data/register.ts';
import { URL_PAYLOADS, XSS_PAYLOADS } from '../../fixtures/security/payloads.ts';

type Body = NonNullable<Program['body']>;

/** One block: a linked span (href) followed by a plain span (text). */
function block(href: string, text: string): Body[number] {
  return {
    _type: 'block',
    _key: 'b',
    style: 'normal',
    markDefs: [{ _type: 'link', _key: 'l', href }],
    children: [
      { _type: 'span', _key: 's0', text: 'linked words', marks: ['l'] },
      { _type: 'span', _key: 's1', text, marks: [] },
    ],
  } as Body[number];
}

const HOSTILE_HREFS = [...URL_PAYLOADS.map((make, i) => make(`p${i}`)), 'mailto:x@example.org', 'https://bank.example@evil.example/'];

describe('Portable Text rendering', () => {
  it('drops every non-http(s) link but keeps its words', () => {
    for (const href of HOSTILE_HREFS) {
      const { html } = renderProgramBody([block(href, ' tail')]);
      expect(html, href).toBe('<p>linked words tail</p>');
    }
  });

  it('keeps an http(s) link, escaped, marked external', () => {
    const { html } = renderProgramBody([block('https://example.org/a?b=1&c="2"', '')]);
    expect(html).toBe('<p><a href="https://example.org/a?b=1&amp;c=%222%22" rel="external noopener">linked words</a></p>');
  });

  it('renders every XSS payload in text as text', () => {
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const { html } = renderProgramBody([block('https://example.org/', payload.make(`t${i}`))]);
      // Outside the one link we made, no tag and no attribute comes from the text.
      const rest = html.replace('<p><a href="https://example.org/" rel="external noopener">linked words</a>', '').replace(/<\/p>$/, '');
      expect(rest, payload.name).not.toMatch(/<[a-z!/]/i);
      expect(rest, payload.name).not.toContain('"');
    }
  });

  it('the library itself drops javascript: and data: links (without our serializer)', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      expect(toHTML([block(href, '')] as never), href).not.toContain('<a');
    }
    expect(toHTML([block('https://example.org/', '')] as never)).toContain('<a href="https://example.org/">');
  });

  it('astro-portabletext is neither a dependency nor imported', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: object; devDependencies?: object };
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('astro-portabletext');
    const sources = readdirSync('site', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(astro|ts|tsx|js|mjs)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((f) => readFileSync(f, 'utf8').includes('astro-portabletext'))).toEqual([]);
  });
});
