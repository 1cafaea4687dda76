import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the home routes (issue 9, H3). */
export async function setUpHomeObjects(_env: TestEnv): Promise<void> {}

export const HOME_CASES: Record<string, Case> = {};
