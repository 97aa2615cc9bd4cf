/** The embedded dataset's register at the pinned build date, shared by the awards tests. */
import { createLocalSource } from '../../../site/lib/data/sources.ts';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import type { Award, Register } from '../../../site/lib/data/register.ts';

export const TODAY = '2026-11-28';

export async function loadDatasetRegister(): Promise<Register> {
  const source = await createLocalSource({ source: 'local', file: 'content/dataset.ndjson' });
  return fetchRegister(source, TODAY);
}

export function awardBySlug(register: Register, slug: string): Award {
  const award = register.awards.find((a) => a.slug === slug);
  if (!award) throw new Error(`No award "${slug}" in content/dataset.ndjson`);
  return award;
}
