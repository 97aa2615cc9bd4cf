/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, S, V, Z):
 * 1 registration authority, 2 organization type, 3–8 administrative division (GB/T 2260),
 * 9–17 organization code, 18 check character.
 */
import { ruleError, ruleWarning, type RuleIssue } from './issue.ts';

/** The code alphabet; a character's value is its index. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17: 3^(i−1) mod 31, as tabulated in GB 32100-2015. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

/** Administrative division of Haidian District, Beijing (GB/T 2260). */
export const HAIDIAN_DIVISION = '110108';

const USCC_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/**
 * The check character for the first 17 characters of a code.
 * @example usccCheckCharacter('91110108MA01XXXXX') // a character of USCC_ALPHABET
 */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`expected the first 17 characters of a USCC, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`not a USCC character at position ${i + 1}: ${first17.charAt(i)}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = 31 - (sum % 31);
  return USCC_ALPHABET.charAt(check === 31 ? 0 : check);
}

/**
 * Tidy what staff paste: trim, drop inner spaces, fold full-width characters, upper-case.
 * @example normalizeUscc(' 9111 0108 ... ') //=> '91110108...'
 */
export function normalizeUscc(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/**
 * Check a code exactly as stored: errors for anything GB 32100-2015 forbids, a warning when
 * the enterprise is registered outside Haidian (allowed, but worth a second look).
 */
export function checkUscc(value: string): RuleIssue[] {
  if (value.length !== 18) {
    return [
      ruleError(
        `统一社会信用代码应为 18 位，当前为 ${value.length} 位。请对照营业执照重新录入。`,
        `A USCC has 18 characters; this one has ${value.length}. Copy it again from the business licence.`,
        'uscc',
      ),
    ];
  }
  if (!USCC_PATTERN.test(value)) {
    const bad = [...value].find((c) => !USCC_ALPHABET.includes(c)) ?? '';
    return [
      ruleError(
        `统一社会信用代码含有不允许的字符“${bad}”（不使用 I、O、S、V、Z 和小写字母）。请对照营业执照重新录入。`,
        `A USCC uses only 0-9 and capitals without I, O, S, V, Z; "${bad}" is not allowed. Copy it again from the business licence.`,
        'uscc',
      ),
    ];
  }
  const expected = usccCheckCharacter(value.slice(0, 17));
  if (value.charAt(17) !== expected) {
    return [
      ruleError(
        `统一社会信用代码校验位错误：第 18 位应为“${expected}”，实为“${value.charAt(17)}”。请检查是否有字符录错。`,
        `USCC check character is wrong: position 18 should be "${expected}", not "${value.charAt(17)}". One of the characters is mistyped.`,
        'uscc',
      ),
    ];
  }
  const division = value.slice(2, 8);
  if (division !== HAIDIAN_DIVISION) {
    return [
      ruleWarning(
        `登记管理机关行政区划码为 ${division}，不是海淀区（${HAIDIAN_DIVISION}）。如企业确在区外注册，可忽略此提示。`,
        `The division code is ${division}, not Haidian (${HAIDIAN_DIVISION}). Fine if the enterprise is registered elsewhere.`,
        'uscc',
      ),
    ];
  }
  return [];
}
