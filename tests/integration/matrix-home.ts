import type { TestEnv } from '../helpers/app.ts';
import type { Case } from './matrix-types.ts';

/** The authorization matrix's rows for the home routes (issue 9, H3). */
export async function setUpHomeObjects(_env: TestEnv): Promise<void> {}

export const HOME_CASES: Record<string, Case> = {
  // Every signed-in account has a home; its sections follow what the caller is (home.test.ts).
  'GET /api/home': { allow: 'authenticated', ok: 200, request: () => ({ method: 'GET', url: '/api/home' }) },
};
