/**
 * Every GROQ query of the site, named, in one module. The same text runs on the embedded
 * NDJSON (groq-js) and on the Content Lake (@sanity/client); TypeGen types the results.
 *
 * The build loads the whole public register with REGISTER_QUERY, once: each type is read in
 * bulk and joined in memory (loadRegister.ts; asset references too, since `->` in groq-js scans the
 * dataset for every dereference), because per-page queries would scan the whole
 * dataset once per page (measured in docs/sanity-offline.md: 28–140 ms per filter).
 *
 * Visibility (docs/design.md) is decided once, in TypeScript, by the join (loadRegister.ts, with
 * the rules of domain/visibility.ts): the query selects every relation record and the join keeps
 * the verified ones and the nominations with a public outcome. No projection ever names
 * `internalNotes`, so internal fields never reach the build. Drafts are excluded by the
 * source's published perspective.
 */
import { defineQuery } from 'groq';

export const REGISTER_QUERY = defineQuery(`{
  "enterprises": *[_type == "enterprise"] | order(_id asc) {
    _id, name, shortName, "slug": slug.current, uscc, serviceTier, industry, park, website,
    "logoAssetId": logo.asset._ref, description, tags
  },
  "standards": *[_type == "standard"] | order(_id asc) {
    _id, code, title, level, body, "committeeId": committee._ref, stage, stageCode, planNumber,
    publishedOn, effectiveOn, withdrawnOn, "replacesIds": replaces[]._ref, ics, ccs, url,
    source, verification, designations[] { code, stage, stageCode, until }, alsoCodes,
    "adopts": adopts { "standardId": standard._ref, code, degree }, "amendsId": amends._ref
  },
  "committees": *[_type == "technicalCommittee"] | order(_id asc) {
    _id, code, name, body, level, "parentId": parent._ref, url
  },
  "participations": *[_type == "participation"] | order(_id asc) {
    _id, "enterpriseId": enterprise._ref, "standardId": standard._ref, role, rank, year, source, verification
  },
  "committeeRoles": *[_type == "committeeRole"] | order(_id asc) {
    _id, "enterpriseId": enterprise._ref, "committeeId": committee._ref, role, since, until, source, verification
  },
  "awards": *[_type == "award"] | order(_id asc) {
    _id, name, "slug": slug.current, level, organizer, cycleYears, firstYear,
    reapplyAfterSessions, revocationYears, url, description
  },
  "nominations": *[_type == "nomination"] | order(_id asc) {
    _id, "enterpriseId": enterprise._ref, "awardId": award._ref, year, session, outcome,
    recommendedBy, announcedOn, source, verification
  },
  "assets": *[_type == "sanity.imageAsset"] { _id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height },
  "programs": *[_type == "supportProgram"] | order(_id asc) {
    _id, title, "slug": slug.current, kind, issuer, documentNumber, summary, body, url,
    opensOn, closesOn, eligibility, amounts
  }
}`);
