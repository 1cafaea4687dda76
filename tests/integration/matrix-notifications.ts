import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the notifications routes (issue 9, H4). */
export async function setUpNotificationObjects(_env: TestEnv): Promise<void> {}

export const NOTIFICATION_CASES: Record<string, Case> = {};
