/**
 * Every file of the search index as a static JSON file under `/search/` (language-neutral:
 * both languages' search pages read the same shards). See site/lib/search/format.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { textCacheKey } from '../../lib/data/cacheKey.ts';
import { getSearchTexts } from '../../lib/search/siteIndex.ts';

export const getStaticPaths = (async () => {
  const texts = await getSearchTexts();
  return [...texts].map(([file, text]) => {
    // A shard's page is its text: unchanged bytes, unchanged key (incremental builds only).
    const cacheKey = textCacheKey(text);
    return { params: { file }, ...(cacheKey === undefined ? {} : { cacheKey }) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = (await getSearchTexts()).get(params['file'] ?? '');
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
