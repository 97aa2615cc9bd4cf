/**
 * The Studio's own `validateDocument`, run offline: the dataset passes, and the Studio
 * reports each kind of bad record with the shared rules' messages.
 */
import { describe, expect, it } from 'vitest';
import type { SanityDocument, ValidationMarker } from 'sanity';
import { checkProgramDates, checkStandardDates, checkTenure } from '../../../site/lib/domain/dates.ts';
import { checkStandardCode } from '../../../site/lib/domain/standardCode.ts';
import { checkUscc } from '../../../site/lib/domain/uscc.ts';
import { isPublishedId } from '../../../site/lib/domain/visibility.ts';
import { createOfflineValidator, createStudioSchema, formatMarker, readNdjson, schemaProblems, undeclaredFields } from './offlineStudio.ts';

const FIXTURE = 'tests/fixtures/studio/valid.ndjson';
const DATASET = 'content/dataset.ndjson';

const schema = createStudioSchema();

/** The one message of a missing, malformed or duplicate slug. */
const SLUG_MESSAGE = '请填写网址标识（slug）：只用小写英文字母、数字和连字符（如 china-quality-award），不超过 96 个字符，且不与同类记录重复；可点击“生成”。';

/** Error and warning lines of every published document, validated against all of `documents`. */
async function validatePublished(documents: readonly SanityDocument[]) {
  const validate = createOfflineValidator(schema, documents);
  const lines = { errors: [] as string[], warnings: [] as string[], undeclared: [] as string[], checked: 0 };
  for (const doc of documents.filter((d) => isPublishedId(d._id) && !d._type.startsWith('sanity.'))) {
    lines.checked += 1;
    lines.undeclared.push(...undeclaredFields(schema, doc));
    for (const marker of await validate(doc)) {
      if (marker.level === 'error') lines.errors.push(formatMarker(doc, marker));
      if (marker.level === 'warning') lines.warnings.push(formatMarker(doc, marker));
    }
  }
  return lines;
}

/** The markers of one changed copy of a fixture document, validated within the fixture. */
async function markersOf(id: string, change: (doc: Record<string, unknown>) => void, extra: SanityDocument[] = []) {
  const documents = readNdjson(FIXTURE);
  const original = documents.find((doc) => doc._id === id);
  if (!original) throw new Error(`fixture has no ${id}`);
  const changed = structuredClone(original) as SanityDocument & Record<string, unknown>;
  change(changed);
  const dataset = [...documents.filter((doc) => doc._id !== id), changed, ...extra];
  return createOfflineValidator(schema, dataset)(changed);
}

/** `level path: message` of each marker, for exact comparisons. */
function summarize(markers: readonly ValidationMarker[]): string[] {
  return markers.map((m) => `${m.level} ${m.path.map((s) => (typeof s === 'object' ? JSON.stringify(s) : String(s))).join('.')}: ${m.message}`);
}

const errorsOf = (markers: readonly ValidationMarker[]) => summarize(markers.filter((m) => m.level === 'error'));

describe('offline validateDocument', () => {
  it('runs on a schema without definition errors', () => {
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('passes every published document of the Studio fixture', async () => {
    const result = await validatePublished(readNdjson(FIXTURE));
    expect(result.checked).toBe(18);
    expect(result.errors).toEqual([]);
    expect(result.undeclared).toEqual([]);
    // The one warning the fixture provokes on purpose: an enterprise registered in Shanghai.
    expect(result.warnings).toEqual([`enterprise-gamma warning uscc: ${checkUscc('91310000MA1FL0000N')[0]?.message.zh}`]);
  });

  it('passes every published document of content/dataset.ndjson', async () => {
    const result = await validatePublished(readNdjson(DATASET));
    expect(result.checked).toBeGreaterThan(0);
    expect(result.errors).toEqual([]);
    expect(result.undeclared).toEqual([]);
  });

  it('reports a USCC with a wrong check character', async () => {
    const markers = await markersOf('enterprise-alpha', (doc) => (doc['uscc'] = '91110108MA01ALPH0X'));
    expect(errorsOf(markers)).toEqual([`error uscc: ${checkUscc('91110108MA01ALPH0X')[0]?.message.zh}`]);
  });

  it('reports a USCC of the wrong length', async () => {
    const markers = await markersOf('enterprise-alpha', (doc) => (doc['uscc'] = '91110108MA01'));
    expect(errorsOf(markers)).toEqual(['error uscc: 统一社会信用代码应为 18 位，当前为 12 位。请对照营业执照重新录入。']);
  });

  it('reports a standard code that does not fit the level', async () => {
    const markers = await markersOf('standard-gb-t-39204-2022', (doc) => (doc['level'] = 'group'));
    expect(errorsOf(markers)).toEqual([`error code: ${checkStandardCode('GB/T 39204-2022', 'group')[0]?.message.zh}`]);
  });

  it('reports an implementation date before the publication date', async () => {
    const markers = await markersOf('standard-gb-t-39204-2022', (doc) => (doc['effectiveOn'] = '2022-01-01'));
    const [issue] = checkStandardDates({ stage: 'published', publishedOn: '2022-10-12', effectiveOn: '2022-01-01' });
    expect(errorsOf(markers)).toEqual([`error effectiveOn: ${issue?.message.zh}`]);
  });

  it('reports a published stage without a publication date', async () => {
    const markers = await markersOf('standard-gb-t-39204-2022', (doc) => delete doc['publishedOn']);
    expect(errorsOf(markers)).toEqual(['error stage: 阶段为“发布”（60），需要发布日期。请填写标准的发布日期。']);
  });

  it('an unknown code family: accepted with the shared warning, not refused (issue 12)', async () => {
    const markers = await markersOf('standard-gb-t-39204-2022', (doc) => (doc['code'] = 'JS/T 12-2024'));
    expect(errorsOf(markers)).toEqual([]);
    expect(summarize(markers)).toEqual([`warning code: ${checkStandardCode('JS/T 12-2024', 'national')[0]?.message.zh}`]);
  });

  it('an earlier designation is checked with the same rule', async () => {
    const markers = await markersOf(
      'standard-gb-t-39204-2022',
      (doc) => (doc['designations'] = [{ _key: 'd1', _type: 'designation', code: '12345', until: '2022-01-01' }]),
    );
    expect(errorsOf(markers)).toEqual([`error designations.{"_key":"d1"}.code: ${checkStandardCode('12345', undefined)[0]?.message.zh}`]);
  });

  it('a withdrawn edition without withdrawnOn: a warning when its replacement has an effective date, else an error', async () => {
    const withdraw = (doc: Record<string, unknown>) => {
      doc['stage'] = 'withdrawn';
      doc['stageCode'] = '95.99';
    };
    const successor = copyOf('standard-gb-t-39204-2022', 'standard-gb-t-39204-2030', (doc) => {
      doc['code'] = 'GB/T 39204-2030';
      doc['effectiveOn'] = '2030-07-01';
      doc['publishedOn'] = '2030-01-01';
      doc['replaces'] = [{ _key: 'r1', _type: 'reference', _ref: 'standard-gb-t-39204-2022' }];
    });
    expect(summarize(await markersOf('standard-gb-t-39204-2022', withdraw, [successor]))).toEqual([
      'warning stage: 未填废止日期：代替本标准的 GB/T 39204-2030 于 2030-07-01 实施，网站按该日期显示废止日期。如废止公告另有日期，请填写。',
    ]);
    expect(errorsOf(await markersOf('standard-gb-t-39204-2022', withdraw))).toEqual(['error stage: 阶段为“废止”（95），需要废止日期。请填写废止公告的日期。']);
  });

  it('warns when the stage code and the stage disagree', async () => {
    const markers = await markersOf('standard-gb-t-39204-2022', (doc) => (doc['stageCode'] = '40.20'));
    expect(summarize(markers)).toEqual(['warning stageCode: 阶段代码 40.20 对应“审查”，与所选阶段“发布”不一致，请核对其中之一。']);
  });

  it('reports a tenure that ends before it starts', async () => {
    const markers = await markersOf('committeeRole-alpha-iso-iec-jtc-1-sc-41-expert', (doc) => (doc['until'] = '2019-01-01'));
    expect(errorsOf(markers)).toEqual([`error until: ${checkTenure('2021-03-01', '2019-01-01')[0]?.message.zh}`]);
  });

  it('reports missing required fields with how to fix them', async () => {
    const markers = await markersOf('participation-alpha-gb-t-39204-2022', (doc) => {
      delete doc['role'];
      delete doc['verification'];
    });
    expect(errorsOf(markers).sort()).toEqual([
      'error role: 请选择参与角色，见标准前言中的起草单位名单。',
      'error verification.status: 请选择核验状态：刚录入选“已录入”，与来源核对后选“已核验”。',
      'error verification: 请填写核验信息：至少选择核验状态。',
    ]);
  });

  it('reports a localized name without Chinese', async () => {
    const markers = await markersOf('enterprise-alpha', (doc) => (doc['name'] = { _type: 'localeString', en: 'Alpha' }));
    expect(errorsOf(markers)).toEqual(['error name.zh: 请填写中文文本（zh）；英文可以稍后补充。']);
  });

  it('reports a value outside its list', async () => {
    const markers = await markersOf('participation-alpha-gb-t-39204-2022', (doc) => (doc['role'] = 'sponsor'));
    expect(errorsOf(markers)).toHaveLength(1);
    expect(errorsOf(markers)[0]).toMatch(/^error role: /);
  });

  it('reports a value outside the list of a multiple-choice field', async () => {
    const markers = await markersOf('enterprise-alpha', (doc) => (doc['tags'] = ['high-tech', 'famous']));
    expect(errorsOf(markers)).toHaveLength(1);
    expect(errorsOf(markers)[0]).toMatch(/^error tags/);
  });

  it('reports a rank that is not a positive integer', async () => {
    const markers = await markersOf('participation-alpha-gb-t-39204-2022', (doc) => (doc['rank'] = 0));
    expect(errorsOf(markers)).toEqual(['error rank: 起草单位排名应为不小于 1 的整数，请修改。']);
  });

  it('reports references to missing and to draft-only documents', async () => {
    const missing = await markersOf('participation-alpha-gb-t-39204-2022', (doc) => {
      doc['enterprise'] = { _type: 'reference', _ref: 'enterprise-nobody' };
    });
    expect(errorsOf(missing)).toHaveLength(1);
    expect(errorsOf(missing)[0]).toMatch(/^error enterprise: /);
    const draftOnly = await markersOf('participation-alpha-gb-t-39204-2022', (doc) => {
      doc['enterprise'] = { _type: 'reference', _ref: 'enterprise-beta' };
    });
    expect(errorsOf(draftOnly)).toEqual(errorsOf(missing));
  });

  it('reports a slug another document of the type already uses, but not its own draft’s', async () => {
    // Another USCC, so only the slug clashes.
    const duplicate = {
      ...readNdjson(FIXTURE).find((d) => d._id === 'enterprise-gamma'),
      _id: 'enterprise-gamma-2',
      uscc: '91110108MA01DUP007',
    } as SanityDocument;
    const markers = await markersOf('enterprise-gamma', (doc) => ((doc['slug'] as { current: string }).current = 'alpha'), [duplicate]);
    expect(errorsOf(markers)).toEqual([`error slug: ${SLUG_MESSAGE}`]);
  });

  it('reports a slug that cannot be a permalink', async () => {
    const markers = await markersOf('award-china-quality-award', (doc) => (doc['slug'] = { _type: 'slug', current: 'China.Award' }));
    expect(errorsOf(markers)).toEqual([`error slug: ${SLUG_MESSAGE}`]);
  });

  it('reports a javascript: link in a programme body', async () => {
    const markers = await markersOf('supportProgram-standard-subsidy', (doc) => {
      const [block] = doc['body'] as { markDefs: { href: string }[] }[];
      const [link] = block?.markDefs ?? [];
      if (link) link.href = 'javascript:alert(1)';
    });
    expect(errorsOf(markers)).toEqual([
      'error body.{"_key":"b1"}.markDefs.{"_key":"l1"}.href: 请填写以 http:// 或 https:// 开头的完整链接地址（不含用户名、密码或空格）；不需要链接时请删除这个链接。',
    ]);
  });

  it('reports a website that is not an http(s) address', async () => {
    const markers = await markersOf('enterprise-alpha', (doc) => (doc['website'] = 'ftp://alpha.example.cn'));
    expect(errorsOf(markers)).toEqual(['error website: 请填写以 http:// 或 https:// 开头的完整网址（不含用户名、密码或空格）。']);
  });

  it('reports a withdrawal date before the implementation date on the withdrawal date', async () => {
    const markers = await markersOf('standard-gb-t-39204-2022', (doc) => {
      doc['stage'] = 'withdrawn';
      doc['withdrawnOn'] = '2023-01-01';
    });
    expect(errorsOf(markers)).toEqual(['error withdrawnOn: 废止日期 2023-01-01 早于 2023-05-01。请核对废止公告的日期。']);
  });

  it('reports a programme that closes before it opens, with the shared rule’s message', async () => {
    const markers = await markersOf('supportProgram-standard-subsidy', (doc) => (doc['closesOn'] = '2026-02-01'));
    expect(errorsOf(markers)).toEqual([`error closesOn: ${checkProgramDates('2026-03-01', '2026-02-01')[0]?.message.zh}`]);
    expect(checkProgramDates('2026-03-01', '2026-02-01')[0]?.message.en).toBe(
      'closesOn 2026-02-01 is before opensOn 2026-03-01. Check both dates in the programme notice.',
    );
  });
});

/** A copy of a fixture document under another id, with changes. */
function copyOf(id: string, newId: string, change: (doc: Record<string, unknown>) => void = () => {}): SanityDocument {
  const original = readNdjson(FIXTURE).find((doc) => doc._id === id);
  if (!original) throw new Error(`fixture has no ${id}`);
  const copy = { ...structuredClone(original), _id: newId } as SanityDocument & Record<string, unknown>;
  change(copy);
  return copy;
}

describe('uniqueness against the dataset (async rules)', () => {
  it('reports a USCC another enterprise uses, naming it', async () => {
    const markers = await markersOf('enterprise-gamma', (doc) => (doc['uscc'] = '91110108MA01ALPH0Y'));
    expect(errorsOf(markers)).toEqual([
      'error uscc: 统一社会信用代码已被企业“北京阿尔法科技有限公司”（enterprise-alpha）使用。同一企业只录入一次：请打开那条记录修改，或核对营业执照上的代码。',
    ]);
  });

  it('names a clashing enterprise that exists only as a draft', async () => {
    const draft = copyOf('enterprise-gamma', 'drafts.enterprise-new', (doc) => {
      doc['uscc'] = '91110108MA01NEW00B';
      doc['slug'] = { _type: 'slug', current: 'new' };
    });
    const markers = await markersOf('enterprise-gamma', (doc) => (doc['uscc'] = '91110108MA01NEW00B'), [draft]);
    expect(errorsOf(markers)).toEqual([
      'error uscc: 统一社会信用代码已被企业“上海伽马智能有限公司”（enterprise-new，草稿）使用。同一企业只录入一次：请打开那条记录修改，或核对营业执照上的代码。',
    ]);
  });

  it('does not count the document’s own draft as a clash', async () => {
    // The fixture holds drafts.enterprise-alpha with the same USCC as enterprise-alpha.
    const markers = await markersOf('enterprise-alpha', () => {});
    expect(errorsOf(markers)).toEqual([]);
  });

  it('reports a standard code another standard uses, in any spelling', async () => {
    const markers = await markersOf('standard-t-cesa-1234-2023', (doc) => {
      doc['code'] = 'GB/T39204—2022';
      doc['level'] = 'national';
    });
    expect(errorsOf(markers)).toEqual([
      'error code: 标准号已被标准“GB/T 39204-2022 信息安全技术 关键信息基础设施安全保护要求”（standard-gb-t-39204-2022）使用。同一标准只录入一次：请打开那条记录修改；不同版本请写明年份，如 GB/T 39204-2022。',
    ]);
  });

  it('accepts another edition of the same standard', async () => {
    const markers = await markersOf('standard-iso-iec-30141-2024', () => {});
    expect(errorsOf(markers)).toEqual([]);
  });

  it('reports a second participation of the same enterprise in the same standard with the same role', async () => {
    const twin = copyOf('participation-alpha-gb-t-39204-2022', 'participation-alpha-twin');
    const markers = await markersOf('participation-alpha-gb-t-39204-2022', () => {}, [twin]);
    expect(errorsOf(markers)).toEqual([
      'error standard: 这家企业在该标准中的“主导/牵头”记录已存在：“北京阿尔法科技有限公司 · GB/T 39204-2022”（participation-alpha-twin）。请打开那条记录修改，或改选角色。',
    ]);
  });

  it('accepts the same enterprise and standard in another role', async () => {
    const drafter = copyOf('participation-alpha-gb-t-39204-2022', 'participation-alpha-drafter', (doc) => (doc['role'] = 'drafter'));
    expect(errorsOf(await markersOf('participation-alpha-gb-t-39204-2022', () => {}, [drafter]))).toEqual([]);
  });

  it('reports a second nomination of the same enterprise for the same award and year', async () => {
    const twin = copyOf('nomination-alpha-china-quality-award-2023', 'nomination-alpha-twin', (doc) => (doc['outcome'] = 'winner'));
    const markers = await markersOf('nomination-alpha-china-quality-award-2023', () => {}, [twin]);
    expect(errorsOf(markers)).toEqual([
      'error year: 这家企业 2023 年参评该奖项的记录已存在：“北京阿尔法科技有限公司 · 中国质量奖”（nomination-alpha-twin）。每家企业每个奖项每年只录入一条，结果有变化请修改那条记录。',
    ]);
  });

  it('accepts the same enterprise and award in another year', async () => {
    const next = copyOf('nomination-alpha-china-quality-award-2023', 'nomination-alpha-2025', (doc) => (doc['year'] = 2025));
    expect(errorsOf(await markersOf('nomination-alpha-china-quality-award-2023', () => {}, [next]))).toEqual([]);
  });
});
