import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the reports routes (issue 9, H6). */
export async function setUpReportObjects(_env: TestEnv): Promise<void> {}

export const REPORT_CASES: Record<string, Case> = {};
