import { isMessageKey, type Translate } from '../../app/i18n/index.tsx';

/** Action codes the server writes today; the filter offers them, the table labels them. */
export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.lockout',
  'auth.password_change',
  'account.create',
  'account.update',
  'account.password_reset',
  'account.grant',
  'settings.update',
  'audit.export',
  'access.denied',
  'demo.seed',
  'audit.purge',
] as const;

export const KNOWN_TARGET_TYPES = ['account', 'settings', 'audit_log', 'unit', 'route', 'system'] as const;

/** A localized label where the dictionary knows the code, the raw code otherwise (new actions still show). */
export function actionLabel(t: Translate, code: string): string {
  const key = `audit.action.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function targetTypeLabel(t: Translate, code: string): string {
  const key = `audit.targetType.${code}`;
  return isMessageKey(key) ? t(key) : code;
}
