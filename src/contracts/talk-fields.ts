import type { Localized } from './i18n.ts';

/** Labels of the talks, flags and talk settings fields, for error messages that name the field. */
export const TALK_FIELDS: Record<string, Localized> = {};
