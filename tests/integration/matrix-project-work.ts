import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

export async function setUpProjectWorkObjects(_env: TestEnv): Promise<void> {}

export const PROJECT_WORK_CASES: Record<string, Case> = {};
