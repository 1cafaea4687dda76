import type { Localized } from './i18n.ts';

/** Labels of the fields of report requests (H6), for error messages that name the field. */
export const REPORT_FIELDS: Record<string, Localized> = {};
