import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the webhooks routes (issue 9, H5). */
export async function setUpWebhookObjects(_env: TestEnv): Promise<void> {}

export const WEBHOOK_CASES: Record<string, Case> = {};
