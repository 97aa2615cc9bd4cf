/**
 * `/awards/{slug}/{year}/list.csv`: the award list as CSV (BOM, CRLF), exactly the rows of the
 * list page, language-neutral with zh and en columns.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegister } from '../../../../lib/data/loadRegister.ts';
import { awardListCsv, awardListRows, awardListFilePaths, type AwardList } from '../../../../lib/view/awardsList.ts';

export const getStaticPaths = (async () => awardListFilePaths((await getRegister()).awards)) satisfies GetStaticPaths;

type Props = AwardList;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(awardListCsv(awardListRows(props.award, props.year)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
