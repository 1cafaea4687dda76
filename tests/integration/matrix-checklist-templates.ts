import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the checklist templates routes (issue 6). */
export async function setUpChecklistTemplatesObjects(_env: TestEnv): Promise<void> {}

export const CHECKLIST_TEMPLATE_CASES: Record<string, Case> = {};
