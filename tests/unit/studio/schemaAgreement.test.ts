/**
 * The Studio schema and the content model (site/lib/domain/model.ts) declare the same
 * document types, fields, kinds, value lists, reference targets and required fields.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, MODEL, type FieldSpec, type FieldSpecs } from '../../../site/lib/domain/model.ts';
import { SITE_SETTINGS_TYPE } from '../../../studio/schemaTypes/singletons/siteSettings.ts';
import { createStudioSchema, schemaProblems } from './offlineStudio.ts';

/** The compiled-schema shape these tests read (Sanity's `SchemaType`, loosely). */
interface CompiledType {
  readonly name: string;
  readonly jsonType: string;
  readonly type?: CompiledType;
  readonly fields?: readonly { readonly name: string; readonly type: CompiledType }[];
  readonly of?: readonly CompiledType[];
  readonly to?: readonly CompiledType[];
  readonly options?: { readonly list?: readonly ({ readonly value: string } | string)[] };
  readonly validation?: readonly CompiledRule[];
}

/** Sanity's Rule after `createSchema` normalized a field's `validation`. */
interface CompiledRule {
  isRequired(): boolean;
  readonly _rules: readonly { readonly flag: string; readonly constraint?: unknown }[];
}

/** A FieldSpec reduced to what both sides can state, for one `toEqual`. */
type Shape = Record<string, unknown>;

function listValues(type: CompiledType): string[] | undefined {
  return type.options?.list?.map((option) => (typeof option === 'string' ? option : option.value));
}

function isRequired(type: CompiledType): boolean {
  return (type.validation ?? []).some((rule) => rule.isRequired());
}

/** `integer` and `min` constraints of a number field's rules. */
function numberConstraints(type: CompiledType): Shape {
  const specs = (type.validation ?? []).flatMap((rule) => rule._rules);
  const min = specs.find((spec) => spec.flag === 'min')?.constraint;
  return {
    ...(specs.some((spec) => spec.flag === 'integer') ? { integer: true } : {}),
    ...(typeof min === 'number' ? { min } : {}),
  };
}

function objectShapes(fields: CompiledType['fields']): Record<string, Shape> {
  return Object.fromEntries((fields ?? []).map((field) => [field.name, shapeOfStudio(field.type)]));
}

/** What kind of model field a Studio field type is. */
function shapeOfStudio(type: CompiledType): Shape {
  const required = isRequired(type) ? { required: true } : {};
  const values = listValues(type);
  switch (type.name) {
    case 'string':
      return values ? { kind: 'enum', values, ...required } : { kind: 'string', ...required };
    case 'number':
      return { kind: 'number', ...numberConstraints(type), ...required };
    case 'text':
    case 'date':
    case 'url':
    case 'slug':
    case 'image':
    case 'localeString':
    case 'localeText':
      return { kind: type.name, ...required };
    case 'reference':
      return { kind: 'reference', to: type.to?.map((target) => target.name), ...required };
    default:
      break;
  }
  if (type.jsonType === 'array') {
    const members = type.of ?? [];
    const [member] = members;
    if (members.length !== 1 || !member) return { kind: 'array with several member types', ...required };
    if (member.name === 'block') return { kind: 'portableText', ...required };
    if (member.name === 'reference') return { kind: 'referenceList', to: member.to?.map((target) => target.name), ...required };
    if (member.name === 'string') {
      return values ? { kind: 'enumList', values, ...required } : { kind: 'stringList', ...required };
    }
    if (member.jsonType === 'object') return { kind: 'objectList', fields: objectShapes(member.fields), ...required };
  }
  if (type.jsonType === 'object' && type.fields) return { kind: 'object', fields: objectShapes(type.fields), ...required };
  return { kind: `unmapped ${type.name}`, ...required };
}

/** The same reduction of a model FieldSpec. */
function shapeOfModel(spec: FieldSpec): Shape {
  const required = spec.required ? { required: true } : {};
  switch (spec.kind) {
    case 'enum':
    case 'enumList':
      return { kind: spec.kind, values: [...spec.values], ...required };
    case 'reference':
    case 'referenceList':
      return { kind: spec.kind, to: [spec.to], ...required };
    case 'number':
      return {
        kind: 'number',
        ...(spec.integer ? { integer: true } : {}),
        ...(spec.min === undefined ? {} : { min: spec.min }),
        ...required,
      };
    case 'object':
    case 'objectList':
      return { kind: spec.kind, fields: modelShapes(spec.fields), ...required };
    default:
      return { kind: spec.kind, ...required };
  }
}

function modelShapes(fields: FieldSpecs): Record<string, Shape> {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, shapeOfModel(spec)]));
}

describe('Studio schema agrees with the content model', () => {
  const schema = createStudioSchema();

  it('compiles without errors or warnings', () => {
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('declares exactly the model’s document types and the site-settings singleton', () => {
    const documentTypes = schema
      .getTypeNames()
      .filter((name) => !name.startsWith('sanity.')) // Sanity's own asset documents
      .filter((name) => (schema.get(name) as CompiledType | undefined)?.type?.name === 'document');
    // The site-settings singleton is the Studio's own until the model lists it too.
    expect(documentTypes.sort()).toEqual([...new Set<string>([...DOCUMENT_TYPES, SITE_SETTINGS_TYPE])].sort());
  });

  it.each(DOCUMENT_TYPES)('%s: same fields, kinds, lists, targets and required fields', (typeName) => {
    const type = schema.get(typeName) as CompiledType | undefined;
    expect(type, `Studio type ${typeName}`).toBeDefined();
    expect(objectShapes(type?.fields)).toEqual(modelShapes(MODEL[typeName]));
  });

  it('localized text requires Chinese and leaves English optional', () => {
    for (const name of ['localeString', 'localeText']) {
      const type = schema.get(name) as CompiledType;
      expect(Object.fromEntries((type.fields ?? []).map((f) => [f.name, isRequired(f.type)]))).toEqual({ zh: true, en: false });
    }
  });

  it('every field explains itself to staff: a title and a description', () => {
    const missing: string[] = [];
    const visit = (owner: string, type: CompiledType, seen: Set<string>) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of type.fields ?? []) {
        const { title, description } = field.type as CompiledType & { title?: string; description?: string };
        if (!title || !description) missing.push(`${owner}.${field.name}`);
      }
    };
    const seen = new Set<string>();
    for (const name of schema.getTypeNames()) {
      const type = schema.get(name) as CompiledType | undefined;
      if (type && [...DOCUMENT_TYPES, SITE_SETTINGS_TYPE].includes(name)) visit(name, type, seen);
    }
    for (const name of ['localeString', 'localeText', 'source', 'verification', 'eligibility', 'amount']) {
      visit(name, schema.get(name) as CompiledType, seen);
    }
    expect(missing).toEqual([]);
  });
});
