/** `/en/feed.xml`: the English feed (Chinese text where a record has no English yet). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/export/feedResponse.ts';

export const GET: APIRoute = ({ site }) => feedResponse('en', site);
