/**
 * Hostile input never throws: every bad line becomes a problem naming its line, and the
 * printed report stays one line per problem, capped, with the true count.
 */
import { describe, expect, it } from 'vitest';
import { checkDocuments, checkRead, formatProblem, formatProblems, parseNdjson } from '../../../site/lib/content/index.ts';

const F = 'hostile.ndjson';
const AWARD = '{"_id":"award-ok","_type":"award","name":{"_type":"localeString","zh":"奖"},"slug":{"_type":"slug","current":"ok"},"level":"district"}';

const check = (bytes: Uint8Array | string) => checkRead(F, parseNdjson(F, typeof bytes === 'string' ? Buffer.from(bytes) : bytes));

describe('hostile input', () => {
  it('10,000 bad lines: every one counted, the printed report capped', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `not json ${i}`).join('\n');
    const result = check(text);
    expect(result.errors).toBe(10_000);
    const lines = formatProblems(result.problems, { limit: 200 });
    expect(lines).toHaveLength(201);
    expect(lines[0]).toBe(`${F}:1: error: malformed JSON (Unexpected token 'o'). Each line must be one complete JSON document; fix the line or remove it.`);
    expect(lines[199]).toMatch(new RegExp(`^${F}:200: error: malformed JSON`));
    expect(lines[200]).toBe('… and 9800 more (10000 problems in all: 10000 errors, 0 warnings)');
  });

  it('a 20 MB line: a valid document is read, a broken one is reported briefly', () => {
    const big = 'x'.repeat(20 * 1024 * 1024);
    const valid = `{"_id":"award-big","_type":"award","name":{"_type":"localeString","zh":"大"},"slug":{"_type":"slug","current":"big"},"level":"district","description":{"_type":"localeText","zh":"${big}"}}`;
    const broken = `{"_id":"award-broken","_type":"award","description":"${big}`;
    const result = check(`${valid}\n${broken}\n${AWARD}\n`);
    expect(result.documents.map((d) => d._id)).toEqual(['award-big', 'award-ok']);
    expect(result.problems).toHaveLength(1);
    const line = formatProblem(result.problems[0]!);
    expect(line).toBe(`${F}:2: error: malformed JSON (Unterminated string in JSON at position 20971573 (line 1 column 20971574)). Each line must be one complete JSON document; fix the line or remove it.`);
  });

  it('a huge id or value is clipped in the message', () => {
    const id = `award-${'a'.repeat(100_000)}`;
    const result = check(`{"_id":"${id}","_type":"award","name":{"_type":"localeString","zh":"奖"},"slug":{"_type":"slug","current":"${'b'.repeat(100_000)}"},"level":"${'c'.repeat(100_000)}"}`);
    // The id and the slug are over their length caps (Sanity's 128 characters; a directory name).
    const who = `${F}:1: error: award-${'a'.repeat(74)}… (award)`;
    const lines = result.problems.map(formatProblem);
    for (const line of lines) expect(line.length).toBeLessThan(400);
    expect(lines).toEqual([
      `${who} _id: _id "award-${'a'.repeat(74)}…" is 100006 characters long; Sanity allows 128, and its draft id (drafts.<id>) must fit too, so at most 121. Shorten the slug.`,
      `${who} slug.current: slug.current "${'b'.repeat(60)}…" is too long: it is 100000 characters long, over the limit of 96 (it becomes a directory name of the site). Shorten it, e.g. to the short name.`,
      `${who} level: level is "${'c'.repeat(60)}…", which is not one of its values. Use one of: national, municipal, district.`,
    ]);
  });

  it('invalid UTF-8 is reported on its line; the other lines are read', () => {
    const bytes = Buffer.concat([Buffer.from(`${AWARD}\n{"_id":"award-bad","_type":"award","name":{"zh":"`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}}\n{"_id":"award-ok-2"}\n')]);
    const result = check(bytes);
    expect(result.problems.map(formatProblem)).toEqual([
      `${F}:2: error: the line is not valid UTF-8 text. Save the file as UTF-8 (Sanity exports always are) and check this line for corrupted characters.`,
      `${F}:3: error: award-ok-2 _type: the document has no _type. Set it to one of: enterprise, standard, technicalCommittee, participation, committeeRole, award, nomination, supportProgram.`,
    ]);
  });

  it('a UTF-16 file is reported as not UTF-8, not as garbage JSON', () => {
    const result = check(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AWARD, 'utf16le')]));
    expect(result.problems.map(formatProblem)).toEqual([
      `${F}:1: error: the line is not valid UTF-8 text. Save the file as UTF-8 (Sanity exports always are) and check this line for corrupted characters.`,
    ]);
  });

  it('control characters never break the one-line-per-problem output', () => {
    const text = [
      '{"_id":"award-\\u0000\\n\\u2028x","_type":"award"}',
      `{"_id":"award-raw","_type":"award","name":"a\u0001b"}`,
      `\u0000\u0007\u001b[31m`,
      'award-cr\r\r',
    ].join('\n');
    const lines = check(text).problems.map(formatProblem);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(lines[0]).toBe(`${F}:1: error: award-\\u0000\\u000a\\u2028x (award) _id: _id "award-\\u0000\\u000a\\u2028x" has characters Sanity does not allow in ids. Use "<type>-<slug>" with letters, digits, "-" and "_".`);
  });

  it('deeply nested JSON is reported, not a stack overflow', () => {
    const depth = 200_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const result = check(`${nested}\n{"_id":"award-deep","_type":"award","name":${nested},"slug":{"_type":"slug","current":"deep"},"level":"district"}\n${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}\n`);
    expect(result.problems.map(formatProblem)).toEqual([
      `${F}:1: error: the line is a list, not a document. Each line must be one JSON object with _id and _type.`,
      `${F}:2: error: award-deep (award) name: name should be a localeString object, not a list (1 items). Write {"_type":"localeString","zh":"…","en":"…"}.`,
      `${F}:3: error: _id: the document has no _id. Give it an id "<type>-<slug>", e.g. "enterprise-example".`,
      `${F}:3: error: _type: the document has no _type. Set it to one of: enterprise, standard, technicalCommittee, participation, committeeRole, award, nomination, supportProgram.`,
    ]);
    expect(result.problems).toHaveLength(4);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [1, undefined],
      [2, 'name'],
      [3, '_id'],
      [3, '_type'],
    ]);
  });

  it('prototype keys and odd values are plain data', () => {
    const result = check(
      [
        '{"_id":"award-proto","_type":"award","__proto__":{"required":false},"constructor":1,"name":{"_type":"localeString","zh":"奖","__proto__":null},"slug":{"_type":"slug","current":"proto"},"level":"toString"}',
        '{"_id":"x-1","_type":"constructor"}',
        '{"_id":42,"_type":["award"]}',
        'null',
        '"just a string"',
        '',
      ].join('\n'),
    );
    expect(result.problems.map((p) => `${p.line} ${p.field ?? '-'}: ${p.message.slice(0, 40)}`)).toEqual([
      '1 level: level is "toString", which is not one of',
      '1 __proto__: unknown field "__proto__" is ignored: it',
      '1 constructor: unknown field "constructor" is ignored: ',
      '2 _type: unknown document type "constructor". Use',
      '3 _id: _id must be a string, not 42. Write the ',
      '3 _type: _type must be a string, not a list (1 it',
      '4 -: the line is null, not a document. Each l',
      '5 -: the line is a string, not a document. Ea',
    ]);
  });

  it('an empty file or one of blank lines is an error, not a silent pass', () => {
    for (const text of ['', '\n\n  \r\n', '\uFEFF']) {
      expect(check(text).problems.map(formatProblem)).toEqual([
        `${F}: error: the file contains no documents. Point CONTENT_FILE at the dataset export (one JSON document per line).`,
      ]);
    }
  });

  it('checkDocuments on arbitrary entries does not throw', () => {
    const docs: unknown[] = [{}, { _id: '' }, { _id: 'drafts.' }, { _id: 'versions.r1' }, { _id: 'a', _type: 'enterprise', slug: 'x', name: [], uscc: 5, tags: 'x' }];
    expect(() => checkDocuments(F, docs.map((doc, i) => ({ line: i + 1, doc: doc as Record<string, unknown> })))).not.toThrow();
  });
});
