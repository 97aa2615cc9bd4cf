/**
 * Portable Text blocks in Sanity's standard shape, for supportProgram.body. A paragraph is a
 * list of segments: plain text, or a link (an `https` annotation in `markDefs`).
 */

export type Segment = string | { readonly text: string; readonly href: string };

export interface Span {
  readonly _key: string;
  readonly _type: 'span';
  readonly text: string;
  readonly marks: string[];
}
export interface LinkDef {
  readonly _key: string;
  readonly _type: 'link';
  readonly href: string;
}
export interface Block {
  readonly _key: string;
  readonly _type: 'block';
  readonly style: 'normal' | 'h2' | 'h3';
  readonly markDefs: LinkDef[];
  readonly children: Span[];
  readonly listItem?: 'bullet' | 'number';
  readonly level?: number;
}

export interface Paragraph {
  readonly style?: 'normal' | 'h2' | 'h3';
  readonly list?: 'bullet' | 'number';
  readonly segments: readonly Segment[];
}

/**
 * Blocks with keys derived from a prefix and the position (`<prefix>-b0`, `<prefix>-b0s1`,
 * `<prefix>-b0l0`), so regenerating never changes a key.
 */
export function portableText(prefix: string, paragraphs: readonly Paragraph[]): Block[] {
  return paragraphs.map((paragraph, b) => {
    const blockKey = `${prefix}-b${b}`;
    const markDefs: LinkDef[] = [];
    const children = paragraph.segments.map((segment, s): Span => {
      const spanKey = `${blockKey}s${s}`;
      if (typeof segment === 'string') return { _key: spanKey, _type: 'span', text: segment, marks: [] };
      const linkKey = `${blockKey}l${markDefs.length}`;
      markDefs.push({ _key: linkKey, _type: 'link', href: segment.href });
      return { _key: spanKey, _type: 'span', text: segment.text, marks: [linkKey] };
    });
    const block: Block = { _key: blockKey, _type: 'block', style: paragraph.style ?? 'normal', markDefs, children };
    return paragraph.list ? { ...block, listItem: paragraph.list, level: 1 } : block;
  });
}
