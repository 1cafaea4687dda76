import type { Localized } from './i18n.ts';

/** Labels of the implementation and evaluation fields, for error messages that name the field. */
export const PROJECT_WORK_FIELDS: Record<string, Localized> = {};
