import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

export async function setUpProjectObjects(_env: TestEnv): Promise<void> {}

export const PROJECT_CASES: Record<string, Case> = {};
