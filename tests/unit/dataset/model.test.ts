/**
 * Every published document fits the content model: required fields, value kinds, enum lists,
 * reference targets (existing, published, of the right type), unique `_key`s and slugs.
 */
import { describe, expect, it } from 'vitest';
import { MODEL, type FieldSpec, type FieldSpecs } from '../../../site/lib/domain/model.ts';
import { parseStandardCode, slugifyCode } from '../../../site/lib/domain/standardCode.ts';
import { standardSlug, type StandardRouteInput } from '../../../site/lib/routes.ts';
import { BY_ID, PUBLISHED, ofType, str, type Doc } from './readDataset.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems of one value against its field spec, as `path: what` strings. */
function checkValue(spec: FieldSpec, value: unknown, path: string): string[] {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const obj = value as Record<string, unknown>;
  switch (spec.kind) {
    case 'string':
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? [] : [`${path}: not a non-empty string`];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return [`${path}: not a number`];
      if (spec.integer && !Number.isInteger(value)) return [`${path}: not an integer`];
      return spec.min !== undefined && value < spec.min ? [`${path}: below ${spec.min}`] : [];
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? [] : [`${path}: not a date`];
    case 'url':
      return typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value) ? [] : [`${path}: not an https URL`];
    case 'slug':
      return isObject && obj['_type'] === 'slug' && typeof obj['current'] === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(obj['current'])
        ? []
        : [`${path}: not a slug`];
    case 'localeString':
    case 'localeText': {
      if (!isObject || obj['_type'] !== spec.kind) return [`${path}: not a ${spec.kind}`];
      const zh = obj['zh'];
      const en = obj['en'];
      const extra = Object.keys(obj).filter((key) => !['_type', 'zh', 'en'].includes(key));
      return [
        ...(typeof zh === 'string' && zh.trim() !== '' ? [] : [`${path}.zh: missing`]),
        ...(en === undefined || (typeof en === 'string' && en.trim() !== '') ? [] : [`${path}.en: empty`]),
        ...extra.map((key) => `${path}.${key}: unexpected`),
      ];
    }
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? [] : [`${path}: ${String(value)} not in list`];
    case 'enumList':
    case 'stringList': {
      if (!Array.isArray(value) || value.length === 0) return [`${path}: not a non-empty list`];
      const bad = value.filter((v) => typeof v !== 'string' || (spec.kind === 'enumList' && !spec.values.includes(v)));
      const dupes = value.length !== new Set(value).size ? [`${path}: duplicate values`] : [];
      return [...bad.map((v) => `${path}: ${String(v)} not allowed`), ...dupes];
    }
    case 'reference':
      return checkReference(spec.to, value, path);
    case 'referenceList':
      if (!Array.isArray(value)) return [`${path}: not a list`];
      return [...checkKeys(value, path), ...value.flatMap((item, i) => checkReference(spec.to, item, `${path}[${i}]`))];
    case 'object':
      return isObject ? checkFields(spec.fields, obj, path) : [`${path}: not an object`];
    case 'objectList':
      if (!Array.isArray(value)) return [`${path}: not a list`];
      return [...checkKeys(value, path), ...value.flatMap((item, i) => checkFields(spec.fields, item as Record<string, unknown>, `${path}[${i}]`))];
    case 'portableText':
      return Array.isArray(value) && value.length > 0 ? checkKeys(value, path) : [`${path}: empty Portable Text`];
    case 'image':
      return [`${path}: images are not part of the demonstration data`];
  }
}

function checkReference(to: string, value: unknown, path: string): string[] {
  const r = value as { _type?: unknown; _ref?: unknown };
  if (typeof value !== 'object' || value === null || r._type !== 'reference' || typeof r._ref !== 'string') return [`${path}: not a reference`];
  const target = BY_ID.get(r._ref);
  if (!target) return [`${path}: ${r._ref} does not exist`];
  return target._type === to ? [] : [`${path}: ${r._ref} is a ${target._type}, not a ${to}`];
}

function checkKeys(items: readonly unknown[], path: string): string[] {
  const keys = items.map((item) => (item as { _key?: unknown })._key);
  if (keys.some((key) => typeof key !== 'string' || key === '')) return [`${path}: item without _key`];
  return new Set(keys).size === keys.length ? [] : [`${path}: duplicate _key`];
}

function checkFields(fields: FieldSpecs, obj: Record<string, unknown>, path: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(obj)) {
    if (!key.startsWith('_') && !(key in fields)) problems.push(`${path}.${key}: not in the model`);
  }
  for (const [name, spec] of Object.entries(fields)) {
    const value = obj[name];
    if (value === undefined || value === null) {
      if (spec.required) problems.push(`${path}.${name}: required`);
      continue;
    }
    problems.push(...checkValue(spec, value, `${path}.${name}`));
  }
  return problems;
}

describe('published documents fit the content model', () => {
  it('have every required field, values of the right kind and references that resolve', () => {
    const problems = PUBLISHED.flatMap((doc) => checkFields(MODEL[doc._type], doc, doc._id));
    expect(problems).toEqual([]);
  });

  it('reference only published documents (never a draft-only one)', () => {
    const refs = PUBLISHED.flatMap((doc) => JSON.stringify(doc).match(/"_ref":"[^"]+"/g) ?? []);
    expect(refs.length).toBeGreaterThan(500);
    for (const r of refs) expect(r).not.toContain('drafts.');
  });

  it('have unique page slugs per type', () => {
    const slugsOf = (docs: readonly Doc[], slugOf: (doc: Doc) => string | undefined) => docs.map(slugOf);
    const cases: [string, (string | undefined)[]][] = [
      ['enterprise', slugsOf(ofType('enterprise'), (d) => (d['slug'] as { current: string }).current)],
      ['award', slugsOf(ofType('award'), (d) => (d['slug'] as { current: string }).current)],
      ['supportProgram', slugsOf(ofType('supportProgram'), (d) => (d['slug'] as { current: string }).current)],
      ['standard', slugsOf(ofType('standard'), (d) => standardSlug(d as StandardRouteInput))],
      ['technicalCommittee', slugsOf(ofType('technicalCommittee'), (d) => slugifyCode(str(d, 'code') ?? ''))],
    ];
    for (const [type, slugs] of cases) {
      expect(
        slugs.every((s) => typeof s === 'string' && s !== ''),
        type,
      ).toBe(true);
      expect(new Set(slugs).size, type).toBe(slugs.length);
    }
  });

  it('derive ids from slugs: <type>-<slug>', () => {
    for (const doc of ofType('enterprise')) expect(doc._id).toBe(`enterprise-${(doc['slug'] as { current: string }).current}`);
    // A standard's id and page come from its first designation (site/lib/routes.ts), so they stay when the code changes.
    for (const doc of ofType('standard')) expect(doc._id).toBe(`standard-${standardSlug(doc as StandardRouteInput)}`);
    const renamed = ofType('standard').filter((d) => Array.isArray(d['designations']));
    expect(renamed.map((d) => d._id).sort()).toEqual(['standard-20240512-t-469', 'standard-draft-zhixin-iot-sm-auth-03', 'standard-iso-iec-cd-98145']);
    for (const doc of ofType('standard').filter((d) => !Array.isArray(d['designations'])))
      expect(doc._id).toBe(`standard-${parseStandardCode(str(doc, 'code') ?? '')?.slug ?? '?'}`);
    for (const doc of ofType('technicalCommittee')) expect(doc._id).toBe(`technicalCommittee-${slugifyCode(str(doc, 'code') ?? '')}`);
    for (const doc of ofType('award')) expect(doc._id).toBe(`award-${(doc['slug'] as { current: string }).current}`);
    for (const doc of ofType('supportProgram')) expect(doc._id).toBe(`supportProgram-${(doc['slug'] as { current: string }).current}`);
  });

  it('write Portable Text in Sanity block form with https links only', () => {
    for (const program of ofType('supportProgram')) {
      for (const block of program['body'] as Record<string, unknown>[]) {
        expect(block['_type']).toBe('block');
        const markDefs = block['markDefs'] as { _key: string; _type: string; href: string }[];
        const children = block['children'] as { _type: string; text: string; marks: string[] }[];
        for (const def of markDefs) expect(def.href).toMatch(/^https:\/\//);
        for (const span of children) {
          expect(span._type).toBe('span');
          for (const mark of span.marks) expect(markDefs.map((d) => d._key)).toContain(mark);
        }
      }
    }
    const links = ofType('supportProgram').flatMap((p) => (p['body'] as { markDefs: unknown[] }[]).flatMap((b) => b.markDefs));
    expect(links.length).toBeGreaterThan(0);
  });
});
