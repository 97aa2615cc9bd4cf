/**
 * Child process of the benchmark: time the build's data steps on one dataset, each on its own,
 * so a regression shows where it is. Prints one JSON line (LoadTimes) on stdout.
 *
 *   tsx scripts/lib/bench/timeLoad.ts FILE [BUILD_DATE]
 *
 * The steps are the ones the build runs (content gate, then getRegister in the pages, then the
 * search endpoints), called through the same functions.
 */
import { fileURLToPath } from 'node:url';
import { loadCheckedDocuments } from '../../../site/lib/content/index.ts';
import { fetchRegister } from '../../../site/lib/data/loadRegister.ts';
import { createDocumentsSource } from '../../../site/lib/data/sources.ts';
import { buildSearchIndex } from '../../../site/lib/search/buildIndex.ts';
import { searchRecords } from '../../../site/lib/search/records.ts';
import { annualReports } from '../../../site/lib/data/annualReport.ts';
import { allDossiers } from '../../../site/lib/view/dossier.ts';

export interface LoadTimes {
  /** Read the NDJSON and run every content rule (the content gate). */
  readonly checkMs: number;
  /** GROQ over the published documents and the in-memory join (getRegister). */
  readonly loadMs: number;
  /** Search records and the sharded lunr index (the /search/ endpoints). */
  readonly searchMs: number;
  readonly published: number;
  readonly enterprises: number;
  /**
   * HTML pages per language that the site derives through its rules rather than one per
   * document: the dossiers (an enterprise × a programme it qualifies for), the annual reports
   * and their index. The benchmark adds them to what it counts from the NDJSON.
   */
  readonly derivedPagesPerLang: number;
}

export async function timeLoad(file: string, today: string): Promise<LoadTimes> {
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  const checked = await loadCheckedDocuments(file);
  const checkMs = lap();
  const register = await fetchRegister(createDocumentsSource(checked.published, `local ${file}`), today);
  const loadMs = lap();
  const index = buildSearchIndex(searchRecords(register));
  const searchMs = lap();
  if (index.manifest.docCount === 0) throw new Error('the search index is empty');
  const derivedPagesPerLang = allDossiers(register).length + annualReports(register).length + 1;
  return { checkMs, loadMs, searchMs, published: checked.counts.published, enterprises: register.enterprises.length, derivedPagesPerLang };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, today = '2026-01-15'] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx scripts/lib/bench/timeLoad.ts FILE [BUILD_DATE]\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(`${JSON.stringify(await timeLoad(file, today))}\n`);
  }
}
