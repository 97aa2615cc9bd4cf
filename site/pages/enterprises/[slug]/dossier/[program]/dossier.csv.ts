/**
 * `/enterprises/{slug}/dossier/{programme}/dossier.csv`: the rows of the dossier page as CSV
 * (language-neutral, zh and en columns; site/lib/view/dossier.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { enterpriseToolsKey } from '../../../../../lib/view/pageKeys.ts';
import { getRegister } from '../../../../../lib/data/loadRegister.ts';
import { allDossiers, dossierCsv, type Dossier } from '../../../../../lib/view/dossier.ts';

export const getStaticPaths = (async () => {
  const register = await getRegister();
  return allDossiers(register).map((dossier) => {
    const cacheKey = enterpriseToolsKey(dossier.enterprise, register);
    return { params: { slug: dossier.enterprise.slug, program: dossier.program.slug }, props: dossier, ...(cacheKey === undefined ? {} : { cacheKey }) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Dossier> = ({ props }) => new Response(dossierCsv(props), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
