/** `/enterprises/{slug}/calendar.ics` (and /en/): the windows of the programmes the enterprise may qualify for. */
import type { APIRoute } from 'astro';
import { enterpriseToolsKey } from '../../../../lib/view/pageKeys.ts';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import type { Enterprise } from '../../../../lib/data/register.ts';
import { CALENDAR_CONTENT_TYPE, enterpriseCalendar } from '../../../../lib/export/calendars.ts';
import { exportContext } from '../../../../lib/export/exportFiles.ts';
import { writeCalendar } from '../../../../lib/export/ical.ts';
import { bothLangs, type Lang } from '../../../../lib/i18n/locales.ts';

export async function getStaticPaths() {
  const register = await getRegister();
  return bothLangs(register.enterprises, (enterprise) => ({
    params: { slug: enterprise.slug },
    props: { enterprise },
    cacheKey: enterpriseToolsKey(enterprise, register),
  }));
}

export const GET: APIRoute<{ lang: Lang; enterprise: Enterprise }> = async ({ props, site }) =>
  new Response(writeCalendar(enterpriseCalendar(props.enterprise, await getRegister(), props.lang, exportContext(site).site)), {
    headers: { 'Content-Type': CALENDAR_CONTENT_TYPE },
  });
