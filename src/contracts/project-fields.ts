import type { Localized } from './i18n.ts';

/** Labels of the campaign and proposal fields, for error messages that name the field. */
export const PROJECT_FIELDS: Record<string, Localized> = {};
