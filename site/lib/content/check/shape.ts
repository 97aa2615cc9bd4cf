/**
 * Pass 2a of the content check: the shape of each document against MODEL (../../domain/model.ts):
 * required fields, kinds, enum values, slugs, addresses, locale objects, list keys, Portable
 * Text links. Collects the references for the reference pass.
 */
import { MODEL, type DocumentType, type FieldSpec, type FieldSpecs } from '../../domain/model.ts';
import { isIsoDate, looksLikeIsoDate } from '../../domain/calendar.ts';
import { linkIssue } from '../../domain/links.ts';
import { MAX_SLUG_LENGTH, slugIssue } from '../../domain/slugs.ts';
import { INHERITED_NAMES } from '../../domain/plainKeys.ts';
import { unknownFieldMessage } from '../unknownFields.ts';
import { describeValue, type SanityDocumentLike } from '../problem.ts';
import { article, isEmpty, isObject, typeWords, type At, type Reference } from './subject.ts';

/** Check a document of `type` against its specs; its references are appended to `references`. */
export function checkShape(doc: SanityDocumentLike, type: DocumentType, at: At, references: Reference[]): void {
  checkFields(doc, MODEL[type], '', at, references);
}

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
