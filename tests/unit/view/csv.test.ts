import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '../../../site/lib/view/csv.ts';

describe('toCsv', () => {
  it('writes a BOM, a header, CRLF lines and quotes only where needed', () => {
    const rows = [
      { name: '北京智芯科技有限公司', note: 'a, b', n: 3 },
      { name: 'Say "hi"', note: null, n: 0 },
    ];
    const csv = toCsv(
      [
        { header: 'name', value: (r: (typeof rows)[number]) => r.name },
        { header: 'note', value: (r) => r.note },
        { header: 'n', value: (r) => r.n },
      ],
      rows,
    );
    expect(csv).toBe(`${UTF8_BOM}name,note,n\r\n北京智芯科技有限公司,"a, b",3\r\n"Say ""hi""",,0\r\n`);
  });
});
