import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the cockpit routes (issue 9, H1). */
export async function setUpCockpitObjects(_env: TestEnv): Promise<void> {}

export const COCKPIT_CASES: Record<string, Case> = {};
