import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import { secretaryOf } from '../helpers/projects.ts';
import type { Case, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for the training requirements, a person's record and
 * the gaps with their export (issue 8). In scope: the outlet JN010101 and its secretary
 * (every reader's scope holds JN010101); out of scope: XB01 and a person on it. The
 * requirements are enterprise-wide (no scope); their edit reads the current version
 * at request time so the row stays repeatable.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const MANAGERS: readonly Role[] = ['party_admin'];
const YEAR = 2026;
const EDIT_YEAR = 2090;
const o = { personIn: 0, personOut: 0 };

export async function setUpTrainingRecordObjects(env: TestEnv): Promise<void> {
  o.personIn = await secretaryOf(env, 'DZB-JN010101');
  const [row] = rowsOf<{ id: number }>(
    await env.database.db.execute(sql`insert into people (employee_no, name, gender, unit_id, unit_path, party_status)
      select 'MX-TR-OUT', '矩阵培训外部人员', 'male', u.id, u.path, 'none' from units u
      where u.id = ${env.fixture.outsideUnitId} returning id`),
  );
  o.personOut = Number(row!.id);
}

const unit = (env: TestEnv, s: Scope) => (s === 'in' ? env.fixture.unit('JN010101') : env.fixture.outsideUnitId);

export const TRAINING_RECORD_CASES: Record<string, Case> = {
  'GET /api/training/requirements/:year': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: `/api/training/requirements/${YEAR}` }),
  },
  'PUT /api/training/requirements/:year': {
    allow: MANAGERS,
    ok: 200,
    request: async (c) => {
      const [row] = rowsOf<{ version: number }>(
        await c.env.database.db.execute(sql`select version from training_requirements where year = ${EDIT_YEAR}`),
      );
      return {
        method: 'PUT',
        url: `/api/training/requirements/${EDIT_YEAR}`,
        body: {
          memberHours: 32,
          leaderHours: 56,
          centralizedPerYear: 1,
          newSecretaryMonths: 6,
          version: row?.version ?? 0,
        },
      };
    },
  },
  'GET /api/training/people/:id/record': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/training/people/${s === 'in' ? o.personIn : o.personOut}/record?year=${YEAR}`,
    }),
  },
  'GET /api/training/gaps': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/training/gaps?year=${YEAR}&unitId=${unit(c.env, s)}` }),
  },
  'GET /api/training/gaps/export': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/training/gaps/export?year=${YEAR}&unitId=${unit(c.env, s)}` }),
  },
};
