/** `/reports/{year}/report.csv`: the annual report's figures as CSV (site/lib/export/reportCsv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { annualReports, type AnnualReport } from '../../../lib/data/annualReport.ts';
import { getRegister } from '../../../lib/data/loadRegister.ts';
import { reportCsv } from '../../../lib/export/reportCsv.ts';

export const getStaticPaths = (async () =>
  annualReports(await getRegister()).map((report) => ({ params: { year: String(report.year) }, props: { report } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: AnnualReport }> = ({ props }) =>
  new Response(reportCsv(props.report), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
