/** `/feed.xml`: new award results and newly published standards, in Chinese. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/export/feedResponse.ts';

export const GET: APIRoute = ({ site }) => feedResponse('zh', site);
