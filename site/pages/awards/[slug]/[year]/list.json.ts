/** `/awards/{slug}/{year}/list.json`: the award list as JSON, the same rows and columns as the CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import type { Award } from '../../../../lib/data/register.ts';
import { awardListJson, awardListRows } from '../../../../lib/view/awardsList.ts';

export const getStaticPaths = (async () => {
  const register = await getRegister();
  return register.awards.flatMap((award) => award.years.map((year) => ({ params: { slug: award.slug, year: String(year) }, props: { award, year } })));
}) satisfies GetStaticPaths;

interface Props {
  award: Award;
  year: number;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(awardListJson(props.award, props.year, awardListRows(props.award, props.year)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
