import type { Role } from '../../src/contracts/roles.ts';
import type { TestEnv } from '../helpers/app.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for the cockpit (issue 9): read by the party admin,
 * the leader and the supervisor; JN010101 is in each of their scopes, XB01 in none.
 */
const READERS: readonly Role[] = ['party_admin', 'leader', 'supervisor'];
const o = { period: '', year: 0 };

export async function setUpCockpitObjects(_env: TestEnv): Promise<void> {
  const now = new Date();
  o.year = now.getFullYear();
  o.period = `${o.year}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

const unitFor = (c: Ctx, s: Scope) => (s === 'in' ? c.env.fixture.unit('JN010101') : c.env.fixture.outsideUnitId);

export const COCKPIT_CASES: Record<string, Case> = {
  'GET /api/cockpit': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/cockpit?unitId=${unitFor(c, s)}&period=${o.period}` }),
  },
  'GET /api/cockpit/children': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/cockpit/children?unitId=${unitFor(c, s)}&period=${o.period}&key=records:count`,
    }),
  },
  'GET /api/cockpit/trend': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/cockpit/trend?unitId=${unitFor(c, s)}&year=${o.year}` }),
  },
};
