/** `/data/{list}.json`: one open-data list (site/lib/export/lists.ts defines its rows and columns; exportFiles.ts the route). */
import { openDataRoute } from '../../lib/export/exportFiles.ts';

const route = openDataRoute('json', import.meta.env.SITE);

export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
