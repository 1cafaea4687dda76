/**
 * Masking of sensitive values for audit diffs and logs. Secrets disappear
 * entirely; personal identifiers keep just enough to recognise them.
 */
const SECRET_KEY = /password|token|secret|hash|cookie|authorization/i;
const ID_NUMBER_KEY = /^(idNumber|id_number)$/;
const PHONE_KEY = /^(phone|mobile)$/i;

export function maskIdNumber(v: string): string {
  return v.length >= 8 ? `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}` : '****';
}

export function maskPhone(v: string): string {
  return v.length >= 7 ? `${v.slice(0, 3)}****${v.slice(-4)}` : '****';
}

export function maskValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (SECRET_KEY.test(key)) return '***';
  if (ID_NUMBER_KEY.test(key) && typeof value === 'string') return maskIdNumber(value);
  if (PHONE_KEY.test(key) && typeof value === 'string') return maskPhone(value);
  return value;
}

/** 18-digit resident ID numbers (last char may be X) anywhere in free text. */
const ID_NUMBER_IN_TEXT = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;

export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_NUMBER_IN_TEXT, '$1********$2');
}
