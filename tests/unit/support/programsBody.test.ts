import { describe, expect, it } from 'vitest';
import { bodyText, renderProgramBody } from '../../../site/lib/view/programsBody.ts';

type Block = Parameters<typeof renderProgramBody>[0] & object;

const span = (key: string, text: string, marks: string[] = []) => ({ _type: 'span' as const, _key: key, text, marks });
const link = (key: string, href: string) => ({ _type: 'link' as const, _key: key, href });

describe('renderProgramBody', () => {
  it('renders paragraphs, moves headings one level down and lists bullets', () => {
    const body: Block = [
      { _type: 'block', _key: 'a', style: 'h2', markDefs: [], children: [span('a0', '资助对象')] },
      { _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [span('b0', '前三名起草单位。')] },
      { _type: 'block', _key: 'c', style: 'normal', listItem: 'bullet', level: 1, markDefs: [], children: [span('c0', '国家标准 30 万元')] },
    ];
    expect(renderProgramBody(body)).toEqual({ html: '<h3>资助对象</h3><p>前三名起草单位。</p><ul><li>国家标准 30 万元</li></ul>', lang: 'zh' });
  });

  it('keeps http(s) links and drops javascript: and data: links, keeping their words', () => {
    const body: Block = [
      {
        _type: 'block',
        _key: 'a',
        style: 'normal',
        markDefs: [link('ok', 'https://std.example.org/guide'), link('js', 'javascript:alert(1)'), link('data', 'data:text/html,<script>x</script>')],
        children: [span('a0', 'guide', ['ok']), span('a1', ' bad', ['js']), span('a2', ' worse', ['data'])],
      },
    ];
    expect(renderProgramBody(body)).toEqual({
      html: '<p><a href="https://std.example.org/guide" rel="external noopener">guide</a> bad worse</p>',
      lang: 'en',
    });
  });

  it('escapes markup in text', () => {
    const body: Block = [{ _type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [span('a0', '<script>alert(1)</script>')] }];
    expect(renderProgramBody(body).html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('gives nothing for an empty body', () => {
    expect(renderProgramBody(null)).toEqual({ html: '', lang: 'zh' });
    expect(renderProgramBody([])).toEqual({ html: '', lang: 'zh' });
    expect(bodyText(null)).toBe('');
  });
});
