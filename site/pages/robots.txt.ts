/**
 * robots.txt with the sitemap's absolute address (from SITE_URL), so crawlers find every page
 * and its language alternates.
 */
import type { APIRoute } from 'astro';
import { SITEMAP_INDEX_PATH } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(SITEMAP_INDEX_PATH, site ?? 'http://localhost:4321').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
