import type { Lang, Localized } from './i18n.ts';

/** Fixed by the security policy in the issue; expiry and history length are settings. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MIN_CLASSES = 3;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordViolation = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username';

const MESSAGES: Record<PasswordViolation, Localized> = {
  too_short: {
    'zh-CN': `长度至少 ${PASSWORD_MIN_LENGTH} 位`,
    'en-US': `at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  too_long: {
    'zh-CN': `长度不能超过 ${PASSWORD_MAX_LENGTH} 位`,
    'en-US': `at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  too_few_classes: {
    'zh-CN': '须包含大写字母、小写字母、数字、符号中的至少 3 类',
    'en-US': 'at least 3 of: upper-case, lower-case, digits, symbols',
  },
  contains_username: {
    'zh-CN': '不能包含用户名',
    'en-US': 'must not contain the username',
  },
};

export function passwordClasses(password: string): number {
  let n = 0;
  if (/[a-z]/.test(password)) n++;
  if (/[A-Z]/.test(password)) n++;
  if (/[0-9]/.test(password)) n++;
  if (/[^a-zA-Z0-9]/.test(password)) n++;
  return n;
}

/** What is wrong with a proposed password; empty when it passes. Shared by server and web. */
export function checkPassword(password: string, username?: string): PasswordViolation[] {
  const out: PasswordViolation[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) out.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) out.push('too_long');
  if (passwordClasses(password) < PASSWORD_MIN_CLASSES) out.push('too_few_classes');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    out.push('contains_username');
  return out;
}

export function passwordViolationMessages(violations: readonly PasswordViolation[], lang: Lang): string[] {
  return violations.map((v) => MESSAGES[v][lang]);
}
