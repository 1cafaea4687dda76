/**
 * Mainland resident ID numbers (GB 11643): 17 digits and a check character
 * (ISO 7064 MOD 11-2), with a real birth date in positions 7–14.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdNumberProblem = 'format' | 'birth_date' | 'checksum';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** What is wrong with an ID number, or null when it is valid. Lower-case x is accepted. */
export function idNumberProblem(raw: string): IdNumberProblem | null {
  const v = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return 'format';
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth.getTime() > Date.now()) {
    return 'birth_date';
  }
  return idNumberCheckChar(v) === v[17] ? null : 'checksum';
}

export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}
