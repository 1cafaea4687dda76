import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the checklist annual routes (issue 6). */
export async function setUpChecklistAnnualObjects(_env: TestEnv): Promise<void> {}

export const CHECKLIST_ANNUAL_CASES: Record<string, Case> = {};
