/**
 * The offline content check: every rule of the content model (../../domain/model.ts) and the
 * domain rules, over all documents of an NDJSON file at once.
 *
 * Pure and linear: one pass indexes ids, one pass checks each document against MODEL, one
 * pass checks references and uniqueness with maps. Every problem is reported, not the first.
 */
import { DOCUMENT_TYPES, MODEL, STUDIO_ONLY_TYPES, isDocumentType, type DocumentType, type FieldSpec, type FieldSpecs } from '../domain/model.ts';
import { documentIdIssue, publishedIdIssue } from '../domain/ids.ts';
import { isIsoDate, looksLikeIsoDate } from '../domain/calendar.ts';
import { linkIssue } from '../domain/links.ts';
import { codeSlugIssue, MAX_SLUG_LENGTH, slugIssue } from '../domain/slugs.ts';
import { checkUscc } from '../domain/uscc.ts';
import { checkStandardCode, slugifyCode } from '../domain/standardCode.ts';
import { checkProgramDates, checkStandardDates, checkTenure, todayInBeijing } from '../domain/dates.ts';
import { checkYears } from './checkYears.ts';
import { stageFromCode, STAGES } from '../domain/stages.ts';
import type { RuleIssue } from '../domain/issue.ts';
import { unknownFieldMessage } from './unknownFields.ts';
import { INHERITED_NAMES } from '../domain/plainKeys.ts';
import { checkStandardRelations, WITHDRAWN_NEEDS_DATE } from './checkStandards.ts';
import { codeSlug, standardSlug, type DesignationLike } from '../routes.ts';
import { clip, describeValue, type ContentProblem, type NdjsonEntry, type ProblemLevel, type SanityDocumentLike } from './problem.ts';

/** What the id says about a document. */
export type IdKind = 'published' | 'draft' | 'system' | 'invalid';

const DRAFT_PREFIX = 'drafts.';
const VERSION_PREFIX = 'versions.';

/**
 * Classify an id: `drafts.<id>` and `versions.<release>.<id>` are not published; `_.*` and
 * `system.*` belong to Sanity itself; any other dot is a private path (invalid).
 * @example idKind('drafts.enterprise-acme') //=> 'draft'
 */
export function idKind(id: string): IdKind {
  if (id.startsWith('_.') || id.startsWith('system.')) return 'system';
  const base = baseId(id);
  if (base !== id) return publishedIdIssue(base) === undefined ? 'draft' : 'invalid';
  return publishedIdIssue(id) === undefined ? 'published' : 'invalid';
}

/** The published id behind a draft or release version id. */
export function baseId(id: string): string {
  if (id.startsWith(DRAFT_PREFIX)) return id.slice(DRAFT_PREFIX.length);
  if (id.startsWith(VERSION_PREFIX)) {
    const dot = id.indexOf('.', VERSION_PREFIX.length);
    return dot < 0 ? id : id.slice(dot + 1);
  }
  return id;
}

/** Sanity's own document types (assets, system documents) and Studio-only types: accepted, not checked. */
export function isSystemType(type: string): boolean {
  return type.startsWith('sanity.') || type.startsWith('system.') || type.startsWith('assist.') || STUDIO_ONLY_TYPES.includes(type);
}

/** A real calendar date written `YYYY-MM-DD` (the rule lives in ../domain/calendar.ts). */
export { isIsoDate };

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

const article = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** Human name of a type for messages: `technicalCommittee` → `technical committee`. */
const typeWords = (type: string): string => type.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** Page a slug becomes, for the duplicate-slug message. */
const PAGE_PATHS: Readonly<Partial<Record<DocumentType, string>>> = {
  enterprise: '/enterprises/',
  standard: '/standards/',
  technicalCommittee: '/committees/',
  award: '/awards/',
  supportProgram: '/support/',
};

interface Known {
  readonly type: string;
  readonly line: number;
}

interface Reference {
  readonly field: string;
  readonly ref: string;
  readonly to: DocumentType;
  readonly weak: boolean;
}

/** One document that passed the id/type gate, with what the later passes need. */
interface Subject {
  readonly entry: NdjsonEntry;
  readonly id: string | undefined;
  readonly type: DocumentType;
  readonly published: boolean;
  readonly references: Reference[];
}

export interface CheckOptions {
  /** Report problems of `drafts.*` documents too, as warnings (default true). */
  readonly checkDrafts?: boolean;
  /** The day treated as today (BUILD_DATE), `YYYY-MM-DD`, for year bounds (default: today in Beijing). */
  readonly today?: string;
  /** Ids of lines that could not be read (readNdjson): references to them are not reported again. */
  readonly unreadableIds?: ReadonlySet<string>;
}

/**
 * Check parsed NDJSON entries. `file` names the source in every problem. Returns problems
 * sorted by line (stable: within a line, in the order the rules run).
 */
export function checkDocuments(file: string, entries: readonly NdjsonEntry[], options: CheckOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checkDrafts = options.checkDrafts ?? true;

  const report = (
    level: ProblemLevel,
    entry: NdjsonEntry,
    id: string | undefined,
    type: string | undefined,
    field: string | undefined,
    message: string,
  ): void => {
    problems.push({
      level,
      file,
      line: entry.line,
      ...(id === undefined ? {} : { id: clip(id) }),
      ...(type === undefined ? {} : { type: clip(type, 40) }),
      ...(field === undefined ? {} : { field: clip(field, 80) }),
      message,
    });
  };

  // Step 1: index every id (first occurrence wins) so references can point forward.
  const byId = new Map<string, Known>();
  const subjects: Subject[] = [];
  for (const entry of entries) {
    const { _id: rawId, _type: rawType } = entry.doc;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
    const type = typeof rawType === 'string' && rawType !== '' ? rawType : undefined;

    if (id === undefined) {
      report(
        'error',
        entry,
        undefined,
        type,
        '_id',
        rawId === undefined || rawId === ''
          ? `the document has no _id. Give it an id "<type>-<slug>", e.g. "${type && isDocumentType(type) ? type : 'enterprise'}-example".`
          : `_id must be a string, not ${describeValue(rawId)}. Write the id in quotes, e.g. "enterprise-example".`,
      );
    }
    if (type === undefined) {
      report(
        'error',
        entry,
        id,
        undefined,
        '_type',
        rawType === undefined || rawType === ''
          ? `the document has no _type. Set it to one of: ${DOCUMENT_TYPES.join(', ')}.`
          : `_type must be a string, not ${describeValue(rawType)}. Set it to one of: ${DOCUMENT_TYPES.join(', ')}.`,
      );
    }

    const kind = id === undefined ? undefined : idKind(id);
    if (id !== undefined && kind === 'system') {
      if (!byId.has(id)) byId.set(id, { type: type ?? '', line: entry.line });
      continue;
    }
    if (type !== undefined && isSystemType(type)) {
      // Assets and other Sanity documents: accept; they may be reference targets (images).
      if (id !== undefined && !byId.has(id)) byId.set(id, { type, line: entry.line });
      continue;
    }
    if (id !== undefined) {
      if (kind === 'invalid') {
        report(
          'error',
          entry,
          id,
          type,
          '_id',
          `_id "${clip(id)}" ${documentIdIssue(id, baseId(id))?.message.en ?? 'is not a valid id.'}`,
        );
      }
      const first = byId.get(id);
      if (first) {
        report('error', entry, id, type, '_id', `duplicate _id: line ${first.line} already has a document with this id. Give each document its own id, or remove the copy.`);
      } else {
        byId.set(id, { type: type ?? '', line: entry.line });
      }
    }
    if (type === undefined) continue;
    if (!isDocumentType(type)) {
      report(
        'error',
        entry,
        id,
        type,
        '_type',
        `unknown document type "${clip(type, 40)}". Use one of: ${DOCUMENT_TYPES.join(', ')} — or remove the line.`,
      );
      continue;
    }
    const published = kind !== 'draft';
    subjects.push({ entry, id, type, published, references: [] });
  }

  // Step 2: the shape of each document against MODEL, and the per-document domain rules.
  for (const subject of subjects) {
    if (!subject.published && !checkDrafts) continue;
    const { entry, id, type } = subject;
    // A draft is work in progress and never reaches the site: its problems inform staff
    // (warnings) but do not stop a build.
    const at = (level: ProblemLevel, field: string | undefined, message: string): void =>
      report(subject.published ? level : 'warning', entry, id, type, field, message);
    checkFields(entry.doc, MODEL[type], '', at, subject.references);
    checkDomainRules(subject, at);
  }

  // Step 3: references, resolved against the id index.
  for (const subject of subjects) {
    if (!subject.published && !checkDrafts) continue;
    const { entry, id, type } = subject;
    for (const reference of subject.references) {
      if (!byId.has(reference.ref) && options.unreadableIds?.has(reference.ref)) continue;
      const message = checkReference(reference, subject, byId);
      if (message) report(reference.weak || !subject.published ? 'warning' : 'error', entry, id, type, reference.field, message);
    }
  }

  // Step 3b: years against their bounds, the award's cycle and the build date.
  const today = options.today ?? todayInBeijing();
  checkYears(
    subjects.filter((s) => s.published || checkDrafts).map((s) => ({ id: s.id, type: s.type, doc: s.entry.doc, subject: s })),
    today,
    ({ subject: s }, issue) => {
      report(s.published ? issue.level : 'warning', s.entry, s.id, s.type, issue.field ?? 'year', issue.message.en);
    },
  );

  // Step 4: uniqueness among published documents (what the site builds pages from).
  checkUniqueness(subjects, (subject, field, message) => report('error', subject.entry, subject.id, subject.type, field, message));

  // Step 5: rules across standard and committee records (withdrawal, cycles, old addresses).
  const recordsOf = (type: DocumentType) =>
    subjects.filter((x) => x.published && x.type === type && x.id !== undefined).map((x) => ({ id: x.id ?? '', type: x.type, line: x.entry.line, doc: x.entry.doc, entry: x.entry }));
  checkStandardRelations(recordsOf('standard'), recordsOf('technicalCommittee'), (level, subject, field, message) => {
    const entry = (subject as { entry?: NdjsonEntry }).entry;
    if (entry) report(level, entry, subject.id, subject.type, field, message);
  });

  return problems.sort((a, b) => a.line - b.line);
}

type At = (level: ProblemLevel, field: string | undefined, message: string) => void;

/** Check the fields of a document or object against their specs. */
function checkFields(value: Readonly<Record<string, unknown>>, specs: FieldSpecs, prefix: string, at: At, references: Reference[]): void {
  for (const name of Object.keys(specs)) {
    const spec = specs[name];
    if (!spec) continue;
    const path = `${prefix}${name}`;
    const fieldValue = Object.hasOwn(value, name) ? value[name] : undefined;
    if (isEmpty(fieldValue)) {
      if (spec.required) at('error', path, `${path} is required but ${fieldValue === undefined ? 'missing' : `empty (${describeValue(fieldValue)})`}. ${FIELD_HINTS[path] ?? howToFill(spec)}`);
      continue;
    }
    checkValue(fieldValue, spec, path, at, references);
  }
  for (const key of Object.keys(value)) {
    if ((!key.startsWith('_') || INHERITED_NAMES.has(key)) && !Object.hasOwn(specs, key)) at('warning', `${prefix}${key}`, unknownFieldMessage(`${prefix}${key}`, Object.keys(specs)));
  }
}

/** Fix instructions for required text fields whose kind alone says too little. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  uscc: 'Copy the 18-character unified social credit code from the business licence.',
  code: 'Write the code as officially published, e.g. GB/T 39204-2022 or SAC/TC 28.',
  body: 'Add the issuing body, e.g. SAC, ISO, IEC or ITU-T.',
};

/** What a field of this kind looks like, as a fix instruction. */
function howToFill(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'string':
    case 'text':
      return 'Add the text.';
    case 'number':
      return `Add ${spec.integer ? 'a whole number' : 'a number'}${spec.min === undefined ? '' : ` of at least ${spec.min}`}.`;
    case 'date':
      return 'Add the date as YYYY-MM-DD, e.g. 2024-05-01.';
    case 'url':
      return 'Add an http(s) address.';
    case 'slug':
      return 'Add {"_type":"slug","current":"lowercase-words"}.';
    case 'localeString':
    case 'localeText':
      return `Add {"_type":"${spec.kind}","zh":"…"} (zh is required, en optional).`;
    case 'enum':
      return `Set one of: ${spec.values.join(', ')}.`;
    case 'enumList':
      return `Add a list of: ${spec.values.join(', ')}.`;
    case 'stringList':
      return 'Add a list of strings.';
    case 'reference':
      return `Add {"_type":"reference","_ref":"<id of ${article(typeWords(spec.to))}>"}.`;
    case 'referenceList':
      return `Add a list of references to ${typeWords(spec.to)} documents.`;
    case 'object':
      return `Add an object with ${Object.keys(spec.fields).join(', ')}.`;
    case 'objectList':
      return `Add a list of objects with ${Object.keys(spec.fields).join(', ')}.`;
    case 'portableText':
      return 'Add Portable Text blocks.';
    case 'image':
      return 'Add an image.';
  }
}

function wrongKind(at: At, path: string, value: unknown, expected: string, fix: string): void {
  at('error', path, `${path} should be ${expected}, not ${describeValue(value)}. ${fix}`);
}

function checkValue(value: unknown, spec: FieldSpec, path: string, at: At, references: Reference[]): void {
  switch (spec.kind) {
    case 'string':
    case 'text':
      if (typeof value !== 'string') wrongKind(at, path, value, 'text', 'Write it as a JSON string in quotes.');
      return;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        wrongKind(at, path, value, spec.integer ? 'a whole number' : 'a number', typeof value === 'string' ? 'Write the number without quotes.' : 'Write a plain JSON number.');
        return;
      }
      if (spec.integer && !Number.isInteger(value)) {
        wrongKind(at, path, value, 'a whole number', `Use ${Math.round(value)} or the exact whole value.`);
        return;
      }
      if (spec.min !== undefined && value < spec.min) at('error', path, `${path} is ${value}, below the minimum ${spec.min}. Correct the value.`);
      return;
    }
    case 'date':
      if (!isIsoDate(value)) {
        wrongKind(at, path, value, 
          'a date YYYY-MM-DD',
          looksLikeIsoDate(value) ? 'That day does not exist in the calendar; correct it.' : 'Write it as YYYY-MM-DD, e.g. 2024-05-01.',
        );
      }
      return;
    case 'url':
      if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) wrongKind(at, path, value, 'an http(s) address', 'Write the full address starting with https:// (or http://).');
      else {
        const issue = linkIssue(value);
        if (issue) at('error', path, `${path} ${describeValue(value)} cannot be linked: ${issue.message.en}`);
      }
      return;
    case 'slug': {
      if (!isObject(value)) {
        wrongKind(at, path, value, 'a slug object', 'Write {"_type":"slug","current":"lowercase-words"}.');
        return;
      }
      const current = value['current'];
      if (isEmpty(current)) {
        at('error', `${path}.current`, `${path}.current is missing. Set it to lowercase words joined by "-", e.g. "acme-tech".`);
      } else if (typeof current !== 'string' || slugIssue(current) !== undefined) {
        at(
          'error',
          `${path}.current`,
          typeof current === 'string' && current.length > MAX_SLUG_LENGTH
            ? `${path}.current ${describeValue(current)} is too long: ${slugIssue(current)?.message.en ?? ''}`
            : `${path}.current ${describeValue(current)} is not a slug: ${slugIssue('')?.message.en ?? ''}`,
        );
      }
      return;
    }
    case 'localeString':
    case 'localeText': {
      if (!isObject(value)) {
        wrongKind(at, path, value, `a ${spec.kind} object`, `Write {"_type":"${spec.kind}","zh":"…","en":"…"}.`);
        return;
      }
      const zh = value['zh'];
      const en = value['en'];
      if (zh !== undefined && zh !== null && typeof zh !== 'string') at('error', `${path}.zh`, `${path}.zh should be text, not ${describeValue(zh)}. Write the Chinese text as a JSON string.`);
      if (en !== undefined && en !== null && typeof en !== 'string') at('error', `${path}.en`, `${path}.en should be text, not ${describeValue(en)}. Write the English text as a JSON string, or remove it.`);
      if (isEmpty(zh) && (spec.required || !isEmpty(en))) {
        at('error', `${path}.zh`, `${path}.zh is missing: Chinese text is required (English is optional and falls back to it). Add "zh" to ${path}.`);
      }
      return;
    }
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        at('error', path, `${path} is ${describeValue(value)}, which is not one of its values. Use one of: ${spec.values.join(', ')}.`);
      }
      return;
    case 'enumList': {
      if (!Array.isArray(value)) {
        wrongKind(at, path, value, 'a list', `Write a JSON list of: ${spec.values.join(', ')}.`);
        return;
      }
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (typeof item !== 'string' || !spec.values.includes(item)) {
          at('error', `${path}[${i}]`, `${path}[${i}] is ${describeValue(item)}, which is not one of its values. Use one of: ${spec.values.join(', ')}.`);
        }
      }
      return;
    }
    case 'stringList': {
      if (!Array.isArray(value)) {
        wrongKind(at, path, value, 'a list of strings', 'Write a JSON list of strings, e.g. ["35.020"].');
        return;
      }
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (typeof item !== 'string') at('error', `${path}[${i}]`, `${path}[${i}] should be text, not ${describeValue(item)}. Write it in quotes.`);
      }
      return;
    }
    case 'reference':
      collectReference(value, spec.to, path, at, references, false);
      return;
    case 'referenceList': {
      if (!Array.isArray(value)) {
        wrongKind(at, path, value, 'a list of references', `Write [{"_type":"reference","_key":"…","_ref":"<id>"}] pointing to ${typeWords(spec.to)} documents.`);
        return;
      }
      for (let i = 0; i < value.length; i += 1) collectReference(value[i], spec.to, `${path}[${i}]`, at, references, true);
      return;
    }
    case 'object':
      if (!isObject(value)) {
        wrongKind(at, path, value, 'an object', `Write an object with ${Object.keys(spec.fields).join(', ')}.`);
        return;
      }
      checkFields(value, spec.fields, `${path}.`, at, references);
      return;
    case 'objectList': {
      if (!Array.isArray(value)) {
        wrongKind(at, path, value, 'a list of objects', `Write a JSON list of objects with ${Object.keys(spec.fields).join(', ')}.`);
        return;
      }
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        const itemPath = `${path}[${i}]`;
        if (!isObject(item)) {
          at('error', itemPath, `${itemPath} should be an object, not ${describeValue(item)}. Write an object with ${Object.keys(spec.fields).join(', ')}.`);
          continue;
        }
        missingKey(item, itemPath, at);
        checkFields(item, spec.fields, `${itemPath}.`, at, references);
      }
      return;
    }
    case 'portableText':
      checkPortableText(value, path, at);
      return;
    case 'image':
      if (!isObject(value)) wrongKind(at, path, value, 'an image object', 'Write {"_type":"image","asset":{"_type":"reference","_ref":"image-…"}} or remove the field.');
      return;
  }
}

/** Array items that are objects need a `_key` for the Studio to edit them. */
function missingKey(item: Readonly<Record<string, unknown>>, path: string, at: At): void {
  if (typeof item['_key'] !== 'string' || item['_key'] === '') {
    at('warning', `${path}._key`, `${path} has no _key; the Studio will ask to add one before it can be edited. Add a unique "_key" string to each list item.`);
  }
}

function collectReference(value: unknown, to: DocumentType, path: string, at: At, references: Reference[], inList: boolean): void {
  if (!isObject(value) || typeof value['_ref'] !== 'string' || value['_ref'] === '') {
    at('error', path, `${path} should be a reference, not ${describeValue(value)}. Write {"_type":"reference","_ref":"<id of ${article(typeWords(to))}>"}.`);
    return;
  }
  if (inList) missingKey(value, path, at);
  references.push({ field: path, ref: value['_ref'], to, weak: value['_weak'] === true });
}

function checkPortableText(value: unknown, path: string, at: At): void {
  if (!Array.isArray(value)) {
    at('error', path, `${path} should be a list of Portable Text blocks, not ${describeValue(value)}. Edit it in the Studio or write [{"_type":"block",…}].`);
    return;
  }
  for (let i = 0; i < value.length; i += 1) {
    const block: unknown = value[i];
    const blockPath = `${path}[${i}]`;
    if (!isObject(block) || typeof block['_type'] !== 'string') {
      at('error', blockPath, `${blockPath} should be a block object with a _type, not ${describeValue(block)}. Edit it in the Studio.`);
      continue;
    }
    missingKey(block, blockPath, at);
    const markDefs = block['markDefs'];
    if (!Array.isArray(markDefs)) continue;
    for (let j = 0; j < markDefs.length; j += 1) {
      const mark: unknown = markDefs[j];
      if (!isObject(mark)) continue;
      const href = mark['href'];
      const refused = href === undefined ? undefined : typeof href === 'string' ? linkIssue(href) : linkIssue('');
      if (refused) {
        at('error', `${blockPath}.markDefs[${j}].href`, `link ${describeValue(href)} would not be shown on the page: ${refused.message.en} Or remove the link.`);
      }
    }
  }
}

/** The field a domain rule's English message is about: its first word, when that is a field. */
function fieldOfIssue(issue: RuleIssue, type: DocumentType, fallback: string | undefined): string | undefined {
  const first = /^([A-Za-z]+)\b/.exec(issue.message.en)?.[1];
  if (first === undefined) return fallback;
  const lower = first.charAt(0).toLowerCase() + first.slice(1);
  if (Object.hasOwn(MODEL[type], first)) return first;
  if (Object.hasOwn(MODEL[type], lower)) return lower;
  return fallback;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const date = (value: unknown): string | undefined => (isIsoDate(value) ? value : undefined);
const enumValue = (value: unknown, values: readonly string[]): string | undefined => (typeof value === 'string' && values.includes(value) ? value : undefined);

/** Rules beyond field shapes: USCC, code vs level, date order. */
function checkDomainRules(subject: Subject, at: At): void {
  const { type } = subject;
  const doc: SanityDocumentLike = subject.entry.doc;
  const issues = (list: readonly RuleIssue[], fallback: string | undefined): void => {
    for (const issue of list) at(issue.level, fieldOfIssue(issue, type, fallback), issue.message.en);
  };
  switch (type) {
    case 'enterprise': {
      const uscc = str(doc['uscc']);
      if (uscc !== undefined && uscc !== '') issues(checkUscc(uscc), 'uscc');
      return;
    }
    case 'standard': {
      const code = str(doc['code']);
      const levelSpec = MODEL.standard['level'];
      const level = levelSpec?.kind === 'enum' ? enumValue(doc['level'], levelSpec.values) : undefined;
      if (code !== undefined && code.trim() !== '') {
        for (const issue of checkStandardCode(code, level)) at(issue.level, issue.message.en.startsWith('The prefix') ? 'level' : 'code', issue.message.en);
        // The slug of the code names a page (or a redirect page): capped like every file name.
        const long = codeSlugIssue(codeSlug(code));
        if (long) issues([long], 'code');
      }
      // Earlier designations and the adopted code: the same code rule, without a level.
      const designations = doc['designations'];
      if (Array.isArray(designations)) {
        designations.forEach((d, i) => {
          const dc = isObject(d) ? str(d['code']) : undefined;
          if (dc === undefined || dc.trim() === '') return;
          for (const issue of checkStandardCode(dc, undefined)) at(issue.level, `designations[${i}].code`, issue.message.en);
          const longOld = codeSlugIssue(codeSlug(dc));
          if (longOld) issues([longOld], `designations[${i}].code`);
        });
      }
      const adoptedCode = isObject(doc['adopts']) ? str(doc['adopts']['code']) : undefined;
      if (adoptedCode !== undefined && adoptedCode.trim() !== '') for (const issue of checkStandardCode(adoptedCode, undefined)) at(issue.level, 'adopts.code', issue.message.en);
      const stage = enumValue(doc['stage'], Object.keys(STAGES));
      issues(
        // A missing withdrawnOn is checked across records (checkStandards.ts): the replacing
        // edition's effectiveOn may supply it.
        checkStandardDates({
          stage: stage ?? null,
          publishedOn: date(doc['publishedOn']) ?? null,
          effectiveOn: date(doc['effectiveOn']) ?? null,
          withdrawnOn: date(doc['withdrawnOn']) ?? null,
        }).filter((issue) => issue.message.en !== WITHDRAWN_NEEDS_DATE),
        'stage',
      );
      const stageCode = str(doc['stageCode']);
      if (stageCode !== undefined && stage !== undefined) {
        const implied = stageFromCode(stageCode);
        if (implied === undefined) {
          at('warning', 'stageCode', `stageCode "${clip(stageCode, 20)}" is not a harmonized stage code. Write it as two digits, a dot and two digits, e.g. 60.60, or remove it.`);
        } else if (implied !== stage) {
          at('warning', 'stageCode', `stageCode ${clip(stageCode, 20)} means stage "${implied}" but stage is "${stage}". Make the two agree.`);
        }
      }
      return;
    }
    case 'technicalCommittee': {
      const code = str(doc['code']);
      if (code !== undefined && code.trim() !== '' && slugifyCode(code) === '') {
        at('error', 'code', `code "${clip(code, 40)}" has no letters or digits, so it gives no page address. Write the committee code, e.g. SAC/TC 28.`);
      }
      const long = code === undefined ? undefined : codeSlugIssue(slugifyCode(code));
      if (long) issues([long], 'code');
      return;
    }
    case 'committeeRole':
      issues(checkTenure(date(doc['since']), date(doc['until'])), 'until');
      return;
    case 'supportProgram': {
      issues(checkProgramDates(date(doc['opensOn']), date(doc['closesOn'])), 'closesOn');
      return;
    }
    default:
      return;
  }
}

/** A reference problem, or undefined when the target exists with the right type. */
function checkReference(reference: Reference, subject: Subject, byId: ReadonlyMap<string, Known>): string | undefined {
  const { ref, to, field } = reference;
  const target = byId.get(ref);
  // The common case, checked first. A `drafts.` id is never a valid target, even when the draft is in the file.
  if (target && target.type === to && !ref.includes('.') && (subject.id === undefined || ref !== baseId(subject.id))) return undefined;
  const want = article(typeWords(to));
  const shown = clip(ref);
  if (ref !== baseId(ref)) {
    return `${field} points to the draft id "${shown}"; references must use the published id "${clip(baseId(ref))}". Remove the "drafts." prefix.`;
  }
  if (subject.id !== undefined && ref === baseId(subject.id)) {
    return `${field} points to the document itself. Point it to ${want} other than this one, or remove it.`;
  }
  const draft = target ? undefined : byId.get(`${DRAFT_PREFIX}${ref}`);
  if (!target && !draft) {
    return `${field} points to "${shown}", which is not in the file. Add ${want} with _id "${shown}" or correct the reference.`;
  }
  if (!target && subject.published) {
    return `${field} points to "${shown}", which exists only as a draft (drafts.${shown}); the published site cannot show it. Publish that ${typeWords(to)} first, or point to a published one.`;
  }
  const found = (target ?? draft)?.type ?? '';
  if (found !== to) {
    return `${field} points to "${shown}", which is ${found === '' ? 'a document without _type' : article(typeWords(found))}, but must point to ${want}. Correct the reference.`;
  }
  return undefined;
}

type ReportFor = (subject: Subject, field: string | undefined, message: string) => void;

const refOf = (value: unknown): string | undefined => (isObject(value) && typeof value['_ref'] === 'string' ? value['_ref'] : undefined);

/** The slug a document's page is written under, if it has one. */
export function pageSlugOf(type: DocumentType, doc: SanityDocumentLike): { field: string; slug: string } | undefined {
  switch (type) {
    case 'enterprise':
    case 'award':
    case 'supportProgram': {
      const slug = doc['slug'];
      const current = isObject(slug) ? str(slug['current']) : undefined;
      return current ? { field: 'slug', slug: current } : undefined;
    }
    case 'standard': {
      // The permalink (routes.ts): of the first designation, else of the code.
      const code = str(doc['code']);
      const list = doc['designations'];
      const designations: DesignationLike[] = Array.isArray(list) ? list.filter(isObject).map((d) => ({ code: str(d['code']) ?? null, until: str(d['until']) ?? null })) : [];
      const slug = code === undefined && designations.length === 0 ? '' : standardSlug({ code: code ?? null, designations });
      return slug !== '' ? { field: designations.length > 0 ? 'designations' : 'code', slug } : undefined;
    }
    case 'technicalCommittee': {
      const code = str(doc['code']);
      const slug = code === undefined ? '' : slugifyCode(code);
      return slug !== '' ? { field: 'code', slug } : undefined;
    }
    default:
      return undefined;
  }
}

const describeDoc = (subject: Subject): string => `${subject.id === undefined ? 'the document' : clip(subject.id)} (line ${subject.entry.line})`;

/** Duplicate slugs, USCCs and relation records among published documents. */
function checkUniqueness(subjects: readonly Subject[], report: ReportFor): void {
  const slugs = new Map<string, Subject>();
  const usccs = new Map<string, Subject>();
  const relations = new Map<string, Subject>();
  const tenures = new Map<string, Subject[]>();

  for (const subject of subjects) {
    if (!subject.published) continue;
    const { type } = subject;
    const doc = subject.entry.doc;

    const page = pageSlugOf(type, doc);
    if (page) {
      const key = `${type}\u0000${page.slug}`;
      const first = slugs.get(key);
      if (first) {
        report(
          subject,
          page.field,
          `${type === 'standard' || type === 'technicalCommittee' ? `code gives the page slug "${clip(page.slug)}", which is` : `slug "${clip(page.slug)}" is`} also used by ${describeDoc(first)}: both would be written to ${PAGE_PATHS[type] ?? '/'}${clip(page.slug)}/ and one page would silently replace the other. ${type === 'standard' || type === 'technicalCommittee' ? 'Remove the duplicate record or correct the code.' : `Give this ${typeWords(type)} a different slug.`}`,
        );
      } else {
        slugs.set(key, subject);
      }
    }

    if (type === 'enterprise') {
      const uscc = str(doc['uscc']);
      if (uscc) {
        const first = usccs.get(uscc);
        if (first) report(subject, 'uscc', `uscc ${clip(uscc, 20)} is also the code of ${describeDoc(first)}; one legal entity must be one enterprise. Merge the two records or correct the code.`);
        else usccs.set(uscc, subject);
      }
    }

    const enterprise = refOf(doc['enterprise']);
    if (enterprise === undefined) continue;
    if (type === 'participation') {
      const standard = refOf(doc['standard']);
      const role = str(doc['role']);
      if (standard === undefined || role === undefined) continue;
      const key = `p\u0000${enterprise}\u0000${standard}\u0000${role}`;
      const first = relations.get(key);
      if (first) report(subject, undefined, `same enterprise, standard and role (${clip(role, 20)}) as ${describeDoc(first)}: the enterprise would be listed twice. Merge the two records or remove one.`);
      else relations.set(key, subject);
    } else if (type === 'nomination') {
      const award = refOf(doc['award']);
      const year = doc['year'];
      if (award === undefined || typeof year !== 'number') continue;
      const key = `n\u0000${enterprise}\u0000${award}\u0000${year}`;
      const first = relations.get(key);
      if (first) report(subject, undefined, `same enterprise, award and year (${year}) as ${describeDoc(first)}: one nomination per award and year. Merge the two records (keep the latest outcome) or remove one.`);
      else relations.set(key, subject);
    } else if (type === 'committeeRole') {
      const committee = refOf(doc['committee']);
      const role = str(doc['role']);
      if (committee === undefined || role === undefined || !isIsoDate(doc['since'])) continue;
      const key = `${enterprise}\u0000${committee}\u0000${role}`;
      const group = tenures.get(key);
      if (group) group.push(subject);
      else tenures.set(key, [subject]);
    }
  }

  // Committee roles: same enterprise, committee and role may repeat only in separate terms.
  for (const group of tenures.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => since(a).localeCompare(since(b)) || a.entry.line - b.entry.line);
    let open: Subject | undefined;
    for (const subject of sorted) {
      if (open) {
        const openUntil = until(open);
        const later = open.entry.line > subject.entry.line ? open : subject;
        const earlier = later === open ? subject : open;
        if (since(open) === since(subject)) {
          report(later, 'since', `same enterprise, committee, role and start date (${since(subject)}) as ${describeDoc(earlier)}. Remove the duplicate record.`);
        } else if (openUntil === undefined || since(subject) < openUntil) {
          report(
            later,
            'since',
            `same enterprise, committee and role as ${describeDoc(earlier)}, and the terms overlap (${since(open)}–${openUntil ?? 'open'} and ${since(subject)}–${until(subject) ?? 'open'}). Set "until" on the earlier term or remove the duplicate.`,
          );
        }
      }
      if (!open || (until(open) !== undefined && (until(subject) === undefined || (until(subject) ?? '') > (until(open) ?? '')))) open = subject;
    }
  }
}

const since = (subject: Subject): string => date(subject.entry.doc['since']) ?? '';
const until = (subject: Subject): string | undefined => date(subject.entry.doc['until']);
