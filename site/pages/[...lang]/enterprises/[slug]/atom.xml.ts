/** `/enterprises/{slug}/atom.xml` (and /en/): the enterprise's new verified records and award results. */
import type { APIRoute } from 'astro';
import { enterpriseToolsKey } from '../../../../lib/view/pageKeys.ts';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import type { Enterprise } from '../../../../lib/data/register.ts';
import { ATOM_CONTENT_TYPE, writeAtom } from '../../../../lib/export/atom.ts';
import { exportContext } from '../../../../lib/export/exportFiles.ts';
import { enterpriseFeed } from '../../../../lib/export/followFeeds.ts';
import { bothLangs, type Lang } from '../../../../lib/i18n/locales.ts';

export async function getStaticPaths() {
  const register = await getRegister();
  return bothLangs(register.enterprises, (enterprise) => ({
    params: { slug: enterprise.slug },
    props: { enterprise, today: register.today },
    cacheKey: enterpriseToolsKey(enterprise, register),
  }));
}

export const GET: APIRoute<{ lang: Lang; enterprise: Enterprise; today: string }> = ({ props, site }) => {
  const origin = exportContext(site).site;
  return new Response(writeAtom(enterpriseFeed(props.enterprise, props, props.lang, origin), origin), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
};
