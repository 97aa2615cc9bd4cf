/** `/data/{list}.csv`: one open-data list (site/lib/export/lists.ts defines its rows and columns). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegister } from '../../lib/data/loadRegister.ts';
import { CONTENT_TYPES, exportBody, exportContext } from '../../lib/export/exportFiles.ts';
import { EXPORT_LISTS } from '../../lib/export/lists.ts';
import type { ExportList } from '../../lib/export/exportList.ts';

export const getStaticPaths = (() => EXPORT_LISTS.map((list) => ({ params: { name: list.name }, props: { list } }))) satisfies GetStaticPaths;

interface Props {
  list: ExportList;
}

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(exportBody(props.list, 'csv', await getRegister(), exportContext(site)), {
    headers: { 'Content-Type': CONTENT_TYPES.csv },
  });
