import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

export async function setUpTrainingRecordObjects(_env: TestEnv): Promise<void> {}

export const TRAINING_RECORD_CASES: Record<string, Case> = {};
