import type { Localized } from './i18n.ts';

/** Labels of the fields of chat-group robots (H5), for error messages that name the field. */
export const WEBHOOK_FIELDS: Record<string, Localized> = {};
