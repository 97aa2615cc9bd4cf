/** `/support/{slug}/calendar.ics` (and /en/): one programme's application window. */
import type { APIRoute } from 'astro';
import { PAGE_DEPTH, pageCacheKey } from '../../../../lib/data/cacheKey.ts';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import type { Program } from '../../../../lib/data/register.ts';
import { CALENDAR_CONTENT_TYPE, programCalendar } from '../../../../lib/export/calendars.ts';
import { exportContext } from '../../../../lib/export/exportFiles.ts';
import { writeCalendar } from '../../../../lib/export/ical.ts';
import { bothLangs, type Lang } from '../../../../lib/i18n/locales.ts';

export async function getStaticPaths() {
  const register = await getRegister();
  return bothLangs(register.programs, (program) => ({
    params: { slug: program.slug },
    props: { program, today: register.today },
    cacheKey: pageCacheKey({ program: [program, PAGE_DEPTH], today: [register.today, 0] }),
  }));
}

export const GET: APIRoute<{ lang: Lang; program: Program; today: string }> = ({ props, site }) =>
  new Response(writeCalendar(programCalendar(props.program, props.today, props.lang, exportContext(site).site)), {
    headers: { 'Content-Type': CALENDAR_CONTENT_TYPE },
  });
