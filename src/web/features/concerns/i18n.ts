/**
 * Messages of the concerns pages (list, raise, detail). Spread into the app's
 * dictionaries (app/i18n), so keys are checked like every other key; the English
 * object is typed by the Chinese one, so a missing key fails the typecheck.
 */
export const concernsZh = {
  'menu.concerns': '意见建议',
  'home.shortcut.concerns': '收集网点问题与意见建议，分级办理并跟踪反馈',
} as const;

export const concernsEn: Record<keyof typeof concernsZh, string> = {
  'menu.concerns': 'Concerns',
  'home.shortcut.concerns': 'Collect outlets’ problems and suggestions, resolve them by tier, follow up',
};
