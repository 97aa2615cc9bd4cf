/** loadCheckedDocuments: the data layer's gate — documents from a clean file, or a ContentCheckError. */
import { describe, expect, it } from 'vitest';
import { ContentCheckError, loadCheckedDocuments, loadCheckedDocumentsSync } from '../../../site/lib/content/index.ts';

const DIR = 'tests/fixtures/content';

describe('loadCheckedDocuments', () => {
  it('returns documents, published documents and counts of a valid file', async () => {
    const content = await loadCheckedDocuments(`${DIR}/valid.ndjson`);
    expect(content.errors).toBe(0);
    expect(content.documents).toHaveLength(12);
    expect(content.published.map((d) => d._id)).not.toContain('drafts.enterprise-acme');
    expect(content.published).toHaveLength(9);
    expect(content.counts.byType.committeeRole).toBe(2);
    expect(loadCheckedDocumentsSync(`${DIR}/valid.ndjson`).published).toHaveLength(9);
  });

  it('throws a ContentCheckError listing the errors', async () => {
    const error = await loadCheckedDocuments(`${DIR}/duplicate-slug.ndjson`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentCheckError);
    const checkError = error as ContentCheckError;
    expect(checkError.errors).toBe(3);
    expect(checkError.problems).toHaveLength(3);
    const lines = checkError.message.split('\n');
    expect(lines[0]).toBe(`content check failed: 3 errors in ${DIR}/duplicate-slug.ndjson; no page is written from invalid content.`);
    expect(lines[1]).toMatch(/^tests\/fixtures\/content\/duplicate-slug\.ndjson:2: error: enterprise-acme-2 \(enterprise\) slug: slug "acme" is also used by/);
    expect(lines.at(-1)).toBe('Run `npm run content:check` for the full report.');
  });

  it('warnings alone do not throw', () => {
    expect(() => loadCheckedDocumentsSync(`${DIR}/valid.ndjson`)).not.toThrow();
  });

  it('a missing file throws a ContentCheckError naming the path', () => {
    expect(() => loadCheckedDocumentsSync('no/such.ndjson')).toThrow(
      new ContentCheckError('no/such.ndjson', [
        {
          level: 'error',
          file: 'no/such.ndjson',
          line: 0,
          message: 'cannot read the file: no such file. Set CONTENT_FILE=path/to/dataset.ndjson or pass --file path/to/dataset.ndjson.',
        },
      ]).message,
    );
  });
});
