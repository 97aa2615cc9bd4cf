/** `/awards/{slug}/{year}/list.json`: the award list as JSON, the same rows and columns as the CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import { awardListJson, awardListRows, awardListFilePaths, type AwardList } from '../../../../lib/view/awardsList.ts';

export const getStaticPaths = (async () => awardListFilePaths((await getRegister()).awards)) satisfies GetStaticPaths;

type Props = AwardList;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(awardListJson(props.award, props.year, awardListRows(props.award, props.year)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
