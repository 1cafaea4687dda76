import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

export async function setUpTalkObjects(_env: TestEnv): Promise<void> {}

export const TALK_CASES: Record<string, Case> = {};
