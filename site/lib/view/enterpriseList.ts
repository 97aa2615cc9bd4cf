/**
 * The enterprises list (/enterprises/) as the page shows it: each enterprise's name, page,
 * facets and three counts — and nothing else, so the page's cache key, made of exactly these
 * rows, stays when an enterprise's description or a nomination's recommender changes (at
 * 50,000 documents the list is 3.5 MB a language).
 */
import type { Enterprise } from '../data/register.ts';

export function enterpriseListRows(enterprises: readonly Enterprise[]) {
  return enterprises.map((e) => ({
    slug: e.slug,
    name: e.name,
    serviceTier: e.serviceTier,
    industry: e.industry,
    park: e.park,
    standards: new Set(e.participations.map((p) => p.standard._id)).size,
    seats: e.committeeRoles.length,
    awards: e.nominations.length,
  }));
}

export type EnterpriseListRow = ReturnType<typeof enterpriseListRows>[number];
