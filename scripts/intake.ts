/**
 * `npm run intake`: bulk intake of an official list from the command line — the same matcher and
 * plan as the Studio's 批量录入 tool (site/lib/domain/nameMatch.ts, intake.ts), the preview as a
 * table. The enterprises come from the NDJSON ($CONTENT_FILE or content/dataset.ndjson), or from
 * the Content Lake with --lake. Only certain matches are taken; fuzzy, ambiguous and missed names
 * are listed for staff to settle in the Studio (or with --choose N=enterprise-id).
 *
 *   npm run intake -- --list notice.txt --award award-zhongguancun-quality-award --year 2025 \
 *     --outcome winner --source-url https://… --by 张航 --dry-run
 *   npm run intake -- --list foreword.txt --standard standard-gb-t-98105 --lead-first \
 *     --source-title "GB/T 98105 前言" --source-date 2026-12-01 --by 张航 --out new.ndjson
 *
 * Without --dry-run the records are written: to --out as NDJSON (import it with
 * `npm run content:import -- --file …`), or with --lake in one transaction to the Lake
 * (SANITY_STUDIO_PROJECT_ID, SANITY_API_WRITE_TOKEN). Exit code 0 done, 1 refused, 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient } from '@sanity/client';
import { todayInBeijing } from '../site/lib/domain/dates.ts';
import { enteredStamp } from '../site/lib/domain/fourEyes.ts';
import { defaultChoices, intakeSourceProblem, planIntake, type Choice, type IntakeList, type PlannedEntry } from '../site/lib/domain/intake.ts';
import { MATCH_KIND_LABELS, MATCH_VIA_LABELS, matchList, parseNameList, type MatchCandidate, type MatchReport } from '../site/lib/domain/nameMatch.ts';
import { NOMINATION_OUTCOMES, valuesOf, type NominationOutcome } from '../site/lib/domain/vocabulary.ts';
import { defaultContentFile, readLakeConfig } from './lib/pipeline/config.ts';

const USAGE = `usage: npm run intake -- --list FILE (--award ID --year N --outcome ${valuesOf(NOMINATION_OUTCOMES).join('|')} | --standard ID [--year N] [--lead-first])
  (--source-url URL | --source-title T --source-date YYYY-MM-DD) --by NAME [--choose POS=ID …] (--dry-run | --out FILE | --lake)`;

type Doc = { readonly _id: string; readonly _type: string } & Record<string, unknown>;

/** Enterprises (published) of an NDJSON dataset, as match candidates. */
export function candidatesOf(documents: readonly Doc[]): MatchCandidate[] {
  return documents
    .filter((doc) => doc._type === 'enterprise' && !doc._id.includes('.'))
    .map((doc) => {
      const name = doc['name'] as { zh?: string } | undefined;
      const shortName = doc['shortName'] as { zh?: string } | undefined;
      return {
        id: doc._id,
        name: name?.zh ?? '',
        shortName: shortName?.zh,
        formerNames: Array.isArray(doc['formerNames']) ? (doc['formerNames'] as string[]) : undefined,
        uscc: typeof doc['uscc'] === 'string' ? doc['uscc'] : undefined,
      };
    });
}

/** Display width of a text in a terminal: CJK and full-width characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return columns;
}
const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)));

/** The preview: one row per name — position, the name as listed, the result, the enterprise, what happens. */
export function previewTable(report: MatchReport, plan: readonly PlannedEntry[], nameOf: (id: string) => string): string {
  const rows = report.results.map((result, index) => {
    const planned = plan[index];
    const found =
      result.kind === 'match' || result.kind === 'fuzzy'
        ? `${nameOf(result.best.candidate.id)}（${MATCH_VIA_LABELS[result.best.via]}${result.kind === 'fuzzy' ? ` ${Math.round(result.best.confidence * 100)}%` : ''}）`
        : result.kind === 'ambiguous'
          ? result.candidates.map((c) => `${nameOf(c.candidate.id)} ${Math.round(c.confidence * 100)}%`).join(' / ')
          : '—';
    const action = !planned
      ? ''
      : planned.status === 'create'
        ? `新建 ${planned.document._id}`
        : planned.status === 'exists'
          ? `已存在 ${planned.id}`
          : `跳过：${planned.reason}`;
    const note = result.kind === 'match' && result.note ? ` ${result.note}` : '';
    return [String(result.entry.position), result.entry.name, MATCH_KIND_LABELS[result.kind], found + note, action];
  });
  const header = ['序号', '名单中的名称', '结果', '匹配的企业', '操作'];
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const { match, fuzzy, ambiguous, miss } = report.counts;
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `共 ${report.results.length} 个名称：匹配 ${match}，近似 ${fuzzy}，多个候选 ${ambiguous}，未找到 ${miss}。`,
  ].join('\n');
}

export interface IntakeIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Run the intake; returns the exit code. */
export async function runIntake(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: IntakeIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        list: { type: 'string' },
        award: { type: 'string' },
        standard: { type: 'string' },
        year: { type: 'string' },
        outcome: { type: 'string' },
        'lead-first': { type: 'boolean' },
        'source-url': { type: 'string' },
        'source-title': { type: 'string' },
        'source-date': { type: 'string' },
        by: { type: 'string' },
        choose: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        lake: { type: 'boolean' },
        dataset: { type: 'string' },
      },
    }));
  } catch (error) {
    io.err(`intake: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (!values.list || !values.award === !values.standard || (year !== undefined && !Number.isInteger(year)) || !values.by) {
    io.err(USAGE);
    return 2;
  }
  const source = { url: values['source-url'], title: values['source-title'], capturedOn: values['source-date'] };
  const sourceProblem = intakeSourceProblem(source);
  if (sourceProblem) {
    io.err(`intake: ${sourceProblem} (--source-url, or --source-title and --source-date)`);
    return 1;
  }
  let list: IntakeList;
  if (values.award) {
    const outcome = values.outcome ?? '';
    if (year === undefined || !valuesOf(NOMINATION_OUTCOMES).includes(outcome as never)) {
      io.err(`intake: an award list needs --year and --outcome (${valuesOf(NOMINATION_OUTCOMES).join(', ')}).`);
      return 2;
    }
    list = { kind: 'nomination', awardId: values.award, year, outcome: outcome as NominationOutcome, source };
  } else {
    list = { kind: 'participation', standardId: values.standard ?? '', year, leadFirst: Boolean(values['lead-first']), source };
  }

  // The register: the NDJSON, or the Lake.
  let documents: Doc[];
  const lakeConfig = values.lake ? readLakeConfig(env, 'write') : undefined;
  const client = lakeConfig
    ? createClient({
        projectId: lakeConfig.projectId,
        dataset: lakeConfig.dataset,
        apiVersion: '2025-02-19',
        useCdn: false,
        ...(lakeConfig.token ? { token: lakeConfig.token } : {}),
        ...(lakeConfig.apiHost ? { apiHost: lakeConfig.apiHost, useProjectHostname: false } : {}),
      })
    : undefined;
  if (client) {
    documents = await client.fetch<Doc[]>(
      '*[_type in ["enterprise", "participation", "nomination"]]{_id, _type, name, shortName, formerNames, uscc}',
      {},
      { perspective: 'raw' },
    );
  } else {
    const file = values.dataset ?? defaultContentFile(env);
    documents = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Doc);
  }
  const candidates = candidatesOf(documents);
  const names = new Map(candidates.map((candidate) => [candidate.id, candidate.name]));
  const report = matchList(candidates, parseNameList(readFileSync(values.list, 'utf8')));
  const chosen = new Map((values.choose ?? []).map((pair) => pair.split('=') as [string, string]).map(([pos, id]) => [Number(pos), id]));
  const choices: Choice[] = defaultChoices(report).map((choice) =>
    chosen.has(choice.position) ? { ...choice, enterpriseId: chosen.get(choice.position) || null } : choice,
  );
  const unknown = [...chosen.values()].filter((id) => id && !names.has(id));
  if (unknown.length > 0) {
    io.err(`intake: --choose names no enterprise of the register: ${unknown.join(', ')}`);
    return 1;
  }
  const plan = planIntake(
    list,
    report.results,
    choices,
    enteredStamp({ id: values.by, name: values.by }, todayInBeijing()),
    new Set(documents.map((doc) => doc._id)),
  );
  io.out(previewTable(report, plan, (id) => names.get(id) ?? id));
  const creates = plan.flatMap((entry) => (entry.status === 'create' ? [entry.document] : []));
  if (values['dry-run']) {
    io.out(`intake: 预览（--dry-run）：将新建 ${creates.length} 条“已录入”记录，未写入任何内容。`);
    return 0;
  }
  if (values.out) {
    writeFileSync(values.out, creates.map((doc) => JSON.stringify(doc)).join('\n') + (creates.length ? '\n' : ''));
    io.out(`intake: 已写入 ${creates.length} 条记录到 ${values.out}（导入：npm run content:import -- --file ${values.out}）。`);
    return 0;
  }
  if (client) {
    const transaction = client.transaction();
    for (const doc of creates) transaction.createIfNotExists(doc);
    const result = await transaction.commit({ visibility: 'sync' });
    io.out(`intake: 已在一个事务（${result.transactionId}）中新建 ${creates.length} 条“已录入”记录，请同事核验。`);
    return 0;
  }
  io.err('intake: nothing written: add --dry-run (preview), --out FILE (NDJSON) or --lake (the Content Lake).');
  return 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runIntake(process.argv.slice(2), process.env, { out: (line) => console.log(line), err: (line) => console.error(line) }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`intake: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
