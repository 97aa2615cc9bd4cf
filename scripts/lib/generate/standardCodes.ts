/**
 * Fictional standard codes of every family the register knows, written as officially
 * (ISO with `:year`, Chinese codes with `-year`, association codes with the em-dash `—year`,
 * ITU-T recommendations undated). Numbers count up from ranges no real standard uses in the
 * demonstration dataset's style (ISO 98xxx, IEC 69xxx, GB/T 6xxxx–9xxxx, YD/T 98xx, DB11/T 99xx,
 * ITU-T Y.49xx, IEEE 99xx…), so every base code is new and no uniqueness scan is needed.
 * Chinese codes have at most five digits (the normalizer's rule, docs/standard-codes.md): the
 * national sequence, the longest, has room for 40,000 numbers (about 600,000 documents).
 */
import type { CodeFamily } from '../../../site/lib/domain/standardCode.ts';
import type { CommitteePool } from './committees.ts';
import type { Random, Weighted } from './random.ts';

/** A code without its year, and how to write an edition of it. */
export interface CodeBase {
  readonly family: CodeFamily;
  /** The code with no year: `GB/T 98101`, `ITU-T Y.4990`. */
  readonly undated: string;
  /** Part number (`-2`, `.2`), for the title's 第N部分. */
  readonly part: number | undefined;
  /** Committees that may hold it; undefined: none in the data (IEEE, most ministries). */
  readonly pool: CommitteePool | undefined;
  /** Whether editions carry a year (ITU-T recommendations are cited undated). */
  readonly dated: boolean;
  /** The code of the edition of a year. */
  readonly edition: (year: number) => string;
}

/** Share of standards per family, roughly the register of a technology district. */
export const FAMILY_WEIGHTS: Weighted<CodeFamily> = [
  ['ISO', 8],
  ['ISO/IEC', 8],
  ['IEC', 5],
  ['ITU', 3],
  ['IEEE', 3],
  ['GB', 3],
  ['GB/T', 30],
  ['GB/Z', 3],
  ['industry', 15],
  ['local', 8],
  ['group', 14],
  // Levels beyond the five of the Standardization Law (docs/standard-codes.md §6): a European
  // standard (foreign) and an enterprise standard (Q/…).
  ['CEN', 1],
  ['enterprise', 1],
];

/** Ministry prefixes used, with the share written without `/T` (mandatory industry standards). */
const INDUSTRY: readonly (readonly [prefix: string, pool: CommitteePool | undefined])[] = [
  ['YD', 'CCSA'],
  ['SJ', undefined],
  ['JR', undefined],
  ['GA', undefined],
  ['HJ', undefined],
  ['JB', undefined],
  ['DL', undefined],
  ['JT', undefined],
  ['WS', undefined],
  ['MH', undefined],
  ['GY', undefined],
  ['QB', undefined],
];
const ITU_SERIES: readonly (readonly [series: string, first: number])[] = [
  ['Y', 4990],
  ['X', 1990],
  ['F', 790],
  ['G', 9990],
  ['H', 890],
];

/** Hands out new numbers per counter name, from a first number up to a last one. */
class Counters {
  private readonly next = new Map<string, number>();
  take(name: string, first: number, last = Number.MAX_SAFE_INTEGER): number {
    const n = this.next.get(name) ?? first;
    if (n > last) throw new Error(`the generator ran out of ${name} numbers (${first}–${last}): generate a smaller dataset`);
    this.next.set(name, n + 1);
    return n;
  }
}

const dashYear = (undated: string) => (year: number) => `${undated}-${year}`;

export class CodeMaker {
  private readonly counters = new Counters();

  constructor(private readonly random: Random) {}

  /** A new base code of a family. */
  make(family: CodeFamily): CodeBase {
    const { random, counters } = this;
    switch (family) {
      case 'ISO':
      case 'ISO/IEC': {
        const deliverable = random.chance(0.1) ? (family === 'ISO' ? '/TS' : ' TR') : '';
        const n = counters.take(family, family === 'ISO' ? 98000 : 98300);
        const part = random.chance(0.25) ? random.int(1, 4) : undefined;
        const undated = `${family}${deliverable} ${n}${part === undefined ? '' : `-${part}`}`;
        return { family, undated, part, pool: family, dated: true, edition: (year) => `${undated}:${year}` };
      }
      case 'IEC': {
        const part = random.int(1, 4);
        const undated = `IEC ${counters.take('IEC', 69000)}-${part}`;
        return { family, undated, part, pool: 'IEC', dated: true, edition: (year) => `${undated}:${year}` };
      }
      case 'ITU': {
        const [series, first] = random.pick(ITU_SERIES);
        const undated = `ITU-T ${series}.${counters.take(`ITU-T ${series}`, first)}`;
        return { family, undated, part: undefined, pool: 'ITU-T', dated: false, edition: () => undated };
      }
      case 'IEEE': {
        const sub = random.chance(0.15) ? `.${random.int(1, 9)}` : '';
        const undated = `IEEE ${counters.take('IEEE', 9900)}${sub}`;
        return { family, undated, part: undefined, pool: undefined, dated: true, edition: dashYear(undated) };
      }
      case 'GB':
      case 'GB/T':
      case 'GB/Z': {
        // GB, GB/T and GB/Z share one sequence of numbers, as in the national register; at
        // most five digits (a 50,000-document dataset takes about 2,900 of them).
        const part = family === 'GB/T' && random.chance(0.15) ? random.int(1, 9) : undefined;
        const undated = `${family} ${counters.take('GB', 60000, 99999)}${part === undefined ? '' : `.${part}`}`;
        return { family, undated, part, pool: 'SAC', dated: true, edition: dashYear(undated) };
      }
      case 'industry': {
        const [prefix, pool] = random.pick(INDUSTRY);
        const written = random.chance(0.85) ? `${prefix}/T` : prefix;
        const undated = `${written} ${counters.take(prefix, 9800)}`;
        return { family, undated, part: undefined, pool, dated: true, edition: dashYear(undated) };
      }
      case 'local': {
        const undated = `${random.chance(0.85) ? 'DB11/T' : 'DB11'} ${counters.take('DB11', 9900)}`;
        return { family, undated, part: undefined, pool: 'local', dated: true, edition: dashYear(undated) };
      }
      case 'group': {
        const hdsa = random.chance(0.5);
        const undated = hdsa ? `T/HDSA ${String(counters.take('HDSA', 5)).padStart(3, '0')}` : `T/CESA ${counters.take('CESA', 9110)}`;
        // Association codes are published with the em-dash before the year (T/CESA 9101—2023).
        return { family, undated, part: undefined, pool: hdsa ? 'HDSA' : undefined, dated: true, edition: (year) => `${undated}—${year}` };
      }
      case 'CEN': {
        const undated = `EN ${counters.take('EN', 99000)}`;
        return { family, undated, part: undefined, pool: undefined, dated: true, edition: (year) => `${undated}:${year}` };
      }
      case 'enterprise': {
        const undated = `Q/HDQ ${String(counters.take('Q/HDQ', 1)).padStart(4, '0')}`;
        return { family, undated, part: undefined, pool: undefined, dated: true, edition: dashYear(undated) };
      }
      default:
        throw new Error(`no generator for code family ${family}`);
    }
  }
}
