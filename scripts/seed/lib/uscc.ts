/**
 * Fictional unified social credit codes (GB 32100-2015): `9` (registered by the market
 * regulator) + `1` (enterprise) + a six-digit division + a nine-character organization code,
 * then the check character computed by the domain rule, so every code passes checkUscc.
 */
import { HAIDIAN_DIVISION, usccCheckCharacter } from '../../../site/lib/domain/uscc.ts';

/** Registration authority 9 (market regulation) and type 1 (enterprise). */
const ENTERPRISE_PREFIX = '91';

/**
 * @example makeUscc('MA01C3KX7') // '91110108MA01C3KX7' + its check character
 */
export function makeUscc(organizationCode: string, division: string = HAIDIAN_DIVISION): string {
  if (!/^\d{6}$/.test(division)) throw new RangeError(`division must be six digits: ${division}`);
  if (organizationCode.length !== 9) throw new RangeError(`organization code must be nine characters: ${organizationCode}`);
  const first17 = `${ENTERPRISE_PREFIX}${division}${organizationCode}`;
  return first17 + usccCheckCharacter(first17);
}
