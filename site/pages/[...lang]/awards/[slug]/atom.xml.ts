/** `/awards/{slug}/atom.xml` (and /en/): the award's new public results. */
import type { APIRoute } from 'astro';
import { PAGE_DEPTH, pageCacheKey } from '../../../../lib/data/cacheKey.ts';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import type { Award } from '../../../../lib/data/register.ts';
import { ATOM_CONTENT_TYPE, writeAtom } from '../../../../lib/export/atom.ts';
import { exportContext } from '../../../../lib/export/exportFiles.ts';
import { awardFeed } from '../../../../lib/export/followFeeds.ts';
import { bothLangs, type Lang } from '../../../../lib/i18n/locales.ts';

export async function getStaticPaths() {
  const register = await getRegister();
  return bothLangs(register.awards, (award) => ({
    params: { slug: award.slug },
    props: { award, today: register.today },
    cacheKey: pageCacheKey({ award: [award, PAGE_DEPTH], today: [register.today, 0] }),
  }));
}

export const GET: APIRoute<{ lang: Lang; award: Award; today: string }> = ({ props, site }) => {
  const origin = exportContext(site).site;
  return new Response(writeAtom(awardFeed(props.award, props, props.lang, origin), origin), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
};
