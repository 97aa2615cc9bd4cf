/**
 * `/awards/{slug}/{year}/list.csv`: the award list as CSV (BOM, CRLF), exactly the rows of the
 * list page, language-neutral with zh and en columns.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import type { Award } from '../../../../lib/data/register.ts';
import { awardListCsv, awardListRows } from '../../../../lib/view/awardsList.ts';

export const getStaticPaths = (async () => {
  const register = await getRegister();
  return register.awards.flatMap((award) => award.years.map((year) => ({ params: { slug: award.slug, year: String(year) }, props: { award, year } })));
}) satisfies GetStaticPaths;

interface Props {
  award: Award;
  year: number;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(awardListCsv(awardListRows(props.award, props.year)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
