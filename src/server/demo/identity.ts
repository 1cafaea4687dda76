import { idNumberCheckChar } from '../../contracts/id-number.ts';
import type { Gender } from '../../contracts/registry-enums.ts';
import { isoOf } from './dates.ts';
import type { Rng } from './prng.ts';

/**
 * Identity numbers for generated people: valid in form (region prefix of a
 * provincial capital's first district, real birth date, GB 11643 checksum) but
 * fictional: the order code always lies in 900–999, a block the demo reserves,
 * so a generated number is recognisable as such.
 */
const REGION_PREFIXES = [
  '110101',
  '120101',
  '130102',
  '140105',
  '210102',
  '220102',
  '320102',
  '330102',
  '340102',
  '350102',
  '360102',
  '370102',
  '410102',
  '420102',
  '430102',
  '440103',
  '450102',
  '500101',
  '510104',
  '520102',
  '530102',
  '610102',
  '620102',
] as const;

export function idNumber(rng: Rng, birthDay: number, gender: Gender): string {
  const birth = isoOf(birthDay).replaceAll('-', '');
  // The last digit of the order code is odd for men and even for women.
  const genderDigit = 2 * rng.int(0, 4) + (gender === 'male' ? 1 : 0);
  const first17 = `${rng.pick(REGION_PREFIXES)}${birth}9${rng.int(0, 9)}${genderDigit}`;
  return first17 + idNumberCheckChar(first17);
}

const MOBILE_PREFIXES = ['133', '135', '136', '137', '138', '139', '150', '151', '158', '177', '186', '187', '189'];

/** An 11-digit mobile number (PHONE_PATTERN). */
export function mobile(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}
