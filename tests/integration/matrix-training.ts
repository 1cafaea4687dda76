import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

export async function setUpTrainingObjects(_env: TestEnv): Promise<void> {}

export const TRAINING_CASES: Record<string, Case> = {};
