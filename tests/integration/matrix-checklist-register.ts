import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the checklist register routes (issue 6). */
export async function setUpChecklistRegisterObjects(_env: TestEnv): Promise<void> {}

export const CHECKLIST_REGISTER_CASES: Record<string, Case> = {};
