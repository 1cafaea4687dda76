import type { Localized } from './i18n.ts';

/** Labels of the training programs, sessions, attendance, imports and requirements fields, for error messages that name the field. */
export const TRAINING_FIELDS: Record<string, Localized> = {};
