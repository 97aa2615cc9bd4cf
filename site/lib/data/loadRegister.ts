/**
 * Load the public register once per build and join it in memory.
 *
 * One query (REGISTER_QUERY) reads each type in bulk; the joins below use maps, so the cost
 * is linear in the number of records and no page ever scans the dataset. The join is where
 * visibility is decided (domain/visibility.ts; docs/design.md, "Visibility"): relation records
 * only when verified, nominations only with a public outcome. Nothing else filters them.
 */
import { parseStandardCode, unrecognizedStandardCode } from '../domain/standardCode.ts';
import { impliedWithdrawal } from '../domain/relations.ts';
import { committeeSlug, designationsOldestFirst, standardRedirectSlugs, standardSlug } from '../routes.ts';
import { isPublishedStage, standardState } from '../domain/stages.ts';
import { todayInBeijing } from '../domain/dates.ts';
import { isPublicNomination, isVerified } from '../domain/visibility.ts';
import { readBuildDate, readDataConfig, type DataConfig } from './config.ts';
import { contentGeneration, perGeneration, sharedOnce } from './generation.ts';
import { REGISTER_QUERY } from './queries.ts';
import type { REGISTER_QUERY_RESULT } from './sanity.types.ts';
import { createContentSource, type ContentSource } from './sources.ts';
import type { Award, Committee, CommitteeRole, Enterprise, Nomination, Participation, Program, Register, Standard } from './register.ts';

/** A record refers to something the published register does not have. */
export class RegisterError extends Error {
  override name = 'RegisterError';
}

export async function fetchRegister(source: ContentSource, today: string): Promise<Register> {
  const raw = await source.fetch<REGISTER_QUERY_RESULT>(REGISTER_QUERY);
  return joinRegister(raw, today, source.description);
}

function indexById<T extends { readonly _id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item._id, item]));
}

/** Look up a reference or fail with a message that names the record, field and fix. */
function resolve<T>(map: ReadonlyMap<string, T>, ref: string | null | undefined, owner: string, field: string, origin: string): T {
  const target = ref ? map.get(ref) : undefined;
  if (!target) {
    throw new RegisterError(
      `${origin}: ${owner} ${field} refers to "${ref ?? ''}", which is not a published document. ` +
        'Publish the referenced document or correct the reference, then run `npm run content:check`.',
    );
  }
  return target;
}

/** Join the raw query result into linked records. Pure: the same input gives the same register. */
export function joinRegister(raw: REGISTER_QUERY_RESULT, today: string, origin = 'register'): Register {
  const assets = indexById(raw.assets ?? []);

  const enterprises: Enterprise[] = (raw.enterprises ?? []).map(({ slug, logoAssetId, ...rest }) => {
    const logo = logoAssetId ? assets.get(logoAssetId) : undefined;
    return { ...rest, slug: slug ?? rest._id, ...(logo ? { logo } : {}), participations: [], committeeRoles: [], nominations: [] };
  });
  const enterpriseById = indexById(enterprises);

  const committees: Committee[] = (raw.committees ?? []).map(({ parentId: _parent, ...rest }) => ({
    ...rest,
    slug: committeeSlug(rest),
    children: [],
    standards: [],
    roles: [],
  }));
  const committeeById = indexById(committees);
  for (const rawCommittee of raw.committees ?? []) {
    if (!rawCommittee.parentId) continue;
    const committee = committeeById.get(rawCommittee._id);
    const parent = resolve(committeeById, rawCommittee.parentId, rawCommittee._id, 'parent', origin);
    if (committee) {
      Object.assign(committee, { parent });
      parent.children.push(committee);
    }
  }

  // Which standards are replaced: only by a successor that is published and in effect, so a
  // revision still in drafting does not mark the current edition 被代替 too early.
  const replacedIds = new Set(
    (raw.standards ?? [])
      .filter((s) => s.stage && isPublishedStage(s.stage) && s.stage !== 'withdrawn' && (!s.effectiveOn || s.effectiveOn <= today))
      .flatMap((s) => s.replacesIds ?? []),
  );
  // Withdrawal implied by a replacing edition's effectiveOn (domain/relations.ts), per replaced id.
  const replacersOf = new Map<string, { id: string; effectiveOn: string | null }[]>();
  for (const s of raw.standards ?? []) {
    for (const ref of s.replacesIds ?? []) {
      const list = replacersOf.get(ref) ?? [];
      list.push({ id: s._id, effectiveOn: s.effectiveOn });
      replacersOf.set(ref, list);
    }
  }
  const standards: Standard[] = (raw.standards ?? []).map(
    ({ committeeId, replacesIds: _r, designations: rawDesignations, adopts: _a, amendsId: _m, ...rest }) => {
      const parsed = parseStandardCode(rest.code ?? '') ?? unrecognizedStandardCode(rest.code ?? rest._id, rest.level ?? 'national', rest.body);
      const committee = committeeId ? resolve(committeeById, committeeId, rest._id, 'committee', origin) : undefined;
      const designations = designationsOldestFirst(rawDesignations ?? []).map((d) => ({
        code: d.code ?? '',
        display: parseStandardCode(d.code ?? '')?.display ?? (d.code ?? '').trim(),
        stage: d.stage ?? null,
        stageCode: d.stageCode ?? null,
        until: d.until ?? null,
      }));
      const implied = rest.withdrawnOn
        ? undefined
        : rest.stage === 'withdrawn' || replacedIds.has(rest._id)
          ? impliedWithdrawal(replacersOf.get(rest._id) ?? [])
          : undefined;
      const withdrawal = rest.withdrawnOn ? { date: rest.withdrawnOn, implied: false } : implied ? { date: implied.date, implied: true } : undefined;
      const codes = [...new Set([parsed.display, ...parsed.also, ...(rest.alsoCodes ?? []), ...designations.map((d) => d.display)].filter((c) => c !== ''))];
      const standard: Standard = {
        ...rest,
        parsed,
        slug: standardSlug({ code: rest.code, designations: rawDesignations }),
        designations,
        redirectSlugs: standardRedirectSlugs({ code: rest.code, designations: rawDesignations }),
        codes,
        ...(withdrawal ? { withdrawal } : {}),
        state: standardState(
          {
            stage: rest.stage ?? 'preliminary',
            effectiveOn: rest.effectiveOn,
            withdrawnOn: rest.withdrawnOn ?? (rest.stage === 'withdrawn' ? withdrawal?.date : undefined),
            replaced: replacedIds.has(rest._id),
          },
          today,
        ),
        ...(committee ? { committee } : {}),
        replaces: [],
        replacedBy: [],
        adoptedBy: [],
        supplements: [],
        participations: [],
      };
      committee?.standards.push(standard);
      return standard;
    },
  );
  const standardById = indexById(standards);
  for (const rawStandard of raw.standards ?? []) {
    const standard = standardById.get(rawStandard._id);
    if (!standard) continue;
    for (const ref of rawStandard.replacesIds ?? []) {
      const old = resolve(standardById, ref, rawStandard._id, 'replaces', origin);
      standard.replaces.push(old);
      old.replacedBy.push(standard);
    }
    const adopts = rawStandard.adopts;
    if (adopts?.degree) {
      const adopted = adopts.standardId ? resolve(standardById, adopts.standardId, rawStandard._id, 'adopts.standard', origin) : undefined;
      const code = adopts.code ? (parseStandardCode(adopts.code)?.display ?? adopts.code.trim()) : undefined;
      Object.assign(standard, { adoption: { degree: adopts.degree, ...(adopted ? { standard: adopted } : {}), ...(code ? { code } : {}) } });
      adopted?.adoptedBy.push(standard);
    }
    if (rawStandard.amendsId) {
      const base = resolve(standardById, rawStandard.amendsId, rawStandard._id, 'amends', origin);
      Object.assign(standard, { base });
      base.supplements.push(standard);
    }
  }

  const participations: Participation[] = (raw.participations ?? []).filter(isVerified).map(({ enterpriseId, standardId, ...rest }) => {
    const record: Participation = {
      ...rest,
      enterprise: resolve(enterpriseById, enterpriseId, rest._id, 'enterprise', origin),
      standard: resolve(standardById, standardId, rest._id, 'standard', origin),
    };
    record.enterprise.participations.push(record);
    record.standard.participations.push(record);
    return record;
  });

  const committeeRoles: CommitteeRole[] = (raw.committeeRoles ?? []).filter(isVerified).map(({ enterpriseId, committeeId, ...rest }) => {
    const record: CommitteeRole = {
      ...rest,
      enterprise: resolve(enterpriseById, enterpriseId, rest._id, 'enterprise', origin),
      committee: resolve(committeeById, committeeId, rest._id, 'committee', origin),
      current: !rest.until || rest.until >= today,
    };
    record.enterprise.committeeRoles.push(record);
    record.committee.roles.push(record);
    return record;
  });

  const awards: Award[] = (raw.awards ?? []).map(({ slug, ...rest }) => ({ ...rest, slug: slug ?? rest._id, nominations: [], years: [] }));
  const awardById = indexById(awards);

  const nominations: Nomination[] = (raw.nominations ?? []).filter(isPublicNomination).map(({ enterpriseId, awardId, ...rest }) => {
    const record: Nomination = {
      ...rest,
      enterprise: resolve(enterpriseById, enterpriseId, rest._id, 'enterprise', origin),
      award: resolve(awardById, awardId, rest._id, 'award', origin),
    };
    record.enterprise.nominations.push(record);
    record.award.nominations.push(record);
    return record;
  });
  for (const award of awards) {
    const years = new Set(award.nominations.map((n) => n.year).filter((y): y is number => typeof y === 'number'));
    award.years.push(...[...years].sort((a, b) => b - a));
  }

  const programs: Program[] = (raw.programs ?? []).map(({ slug, ...rest }) => ({ ...rest, slug: slug ?? rest._id }));

  return { today, enterprises, standards, committees, participations, committeeRoles, awards, nominations, programs };
}

/**
 * The register of a Content Lake once fetched, on globalThis (generation.ts, sharedOnce),
 * because the content gate (loaded with astro.config.mjs) and the pages (Astro's SSR bundle)
 * are two module graphs in one process. The gate validates the snapshot the pages then render:
 * one fetch per build, so an edit published between the two cannot reach a page unchecked.
 */
const lakeRegisterOnce = sharedOnce<Register>('standards-tracker.lakeRegister');

/**
 * The register of `config` on `today`. A Content Lake is fetched once per process, project,
 * dataset, day and content generation (a failed fetch is not kept); the embedded NDJSON is read through
 * loadCheckedDocumentsOnce, which already keys on the file's version.
 */
export async function loadRegister(config: DataConfig, today: string): Promise<Register> {
  if (config.source === 'local') return fetchRegister(await createContentSource(config), today);
  const key = `${config.apiHost ?? ''}\0${config.projectId}\0${config.dataset}\0${today}\0${contentGeneration()}`;
  return lakeRegisterOnce(key, () => createContentSource(config).then((source) => fetchRegister(source, today)));
}

const registerOfGeneration = perGeneration((env: Readonly<Record<string, string | undefined>>) =>
  loadRegister(readDataConfig(env), readBuildDate(env, todayInBeijing)),
);

/**
 * The register of this build, loaded once per content generation (generation.ts) from the
 * configured source: every page's getStaticPaths and every endpoint share it, and with a
 * Content Lake the content gate.
 */
export function getRegister(env: Readonly<Record<string, string | undefined>> = process.env): Promise<Register> {
  return registerOfGeneration(env);
}
