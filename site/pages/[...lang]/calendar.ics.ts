/** `/calendar.ics`, `/en/calendar.ics`: every programme's application window (site/lib/export/calendars.ts). */
import type { APIRoute } from 'astro';
import { getRegister } from '../../lib/data/loadRegister.ts';
import { CALENDAR_CONTENT_TYPE, allProgramsCalendar } from '../../lib/export/calendars.ts';
import { exportContext } from '../../lib/export/exportFiles.ts';
import { writeCalendar } from '../../lib/export/ical.ts';
import { langPaths, type Lang } from '../../lib/i18n/locales.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props, site }) =>
  new Response(writeCalendar(allProgramsCalendar(await getRegister(), props.lang, exportContext(site).site)), {
    headers: { 'Content-Type': CALENDAR_CONTENT_TYPE },
  });
