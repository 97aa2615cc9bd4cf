/**
 * Every file of the search index as a static JSON file under `/search/` (language-neutral:
 * both languages' search pages read the same shards). See site/lib/search/format.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../lib/search/siteIndex.ts';

export const getStaticPaths = (async () => {
  const index = await getSearchIndex();
  return [...index.files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await getSearchIndex();
  const body = index.files.get(params['file'] ?? '');
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
