/**
 * A programme's Portable Text body as HTML, for `set:html` on its page.
 *
 * @portabletext/to-html escapes all text; links go through safeUrl (http and https only, so
 * `javascript:` and `data:` links lose their anchor and keep their words), and headings move
 * one level down because the body sits under the page's own h2 "Details".
 */
import { escapeHTML, toHTML, type PortableTextComponents } from '@portabletext/to-html';
import { languageOfText } from '../i18n/localize.ts';
import type { Lang } from '../i18n/locales.ts';
import type { Program } from '../data/register.ts';
import { safeUrl } from './safeUrl.ts';

type Body = NonNullable<Program['body']>;

const COMPONENTS: PortableTextComponents = {
  block: {
    h2: ({ children }) => `<h3>${children ?? ''}</h3>`,
    h3: ({ children }) => `<h4>${children ?? ''}</h4>`,
  },
  marks: {
    link: ({ children, value }: { children: string; value?: { href?: unknown } }) => {
      const href = safeUrl(typeof value?.href === 'string' ? value.href : undefined);
      return href ? `<a href="${escapeHTML(href)}" rel="external noopener">${children}</a>` : children;
    },
  },
  // Unknown block types and marks render nothing rather than a developer warning on a public page.
  unknownType: () => '',
  unknownMark: ({ children }) => children,
};

/** The plain text of the body (for its language and for search). */
export function bodyText(body: Body | null | undefined): string {
  return (body ?? []).map((block) => (block.children ?? []).map((span) => span.text ?? '').join('')).join('\n');
}

export interface RenderedBody {
  readonly html: string;
  /** The language the body is written in (bodies are not localized; most are Chinese). */
  readonly lang: Lang;
}

/** Render a programme body; empty html when there is none. */
export function renderProgramBody(body: Body | null | undefined): RenderedBody {
  if (!body || body.length === 0) return { html: '', lang: 'zh' };
  return { html: toHTML(body, { components: COMPONENTS, onMissingComponent: false }), lang: languageOfText(bodyText(body)) };
}
