import type { Localized } from './i18n.ts';

/** Labels of the fields of cockpit queries (H1), for error messages that name the field. */
export const COCKPIT_FIELDS: Record<string, Localized> = {
  key: { 'zh-CN': '指标', 'en-US': 'Figure' },
};
