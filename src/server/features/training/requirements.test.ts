import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countOf, dayFromToday } from '../../../../tests/helpers/projects.ts';
import { addOnline, addPerson, attended, freshBranch } from '../../../../tests/helpers/training-records.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { DEFAULT_REQUIREMENTS, type Gaps, type Requirements } from '../../../contracts/training.ts';

/**
 * The yearly requirements: the defaults before any year is saved, a saved year's own
 * figures, inheritance by the later years without a row, the version check, and
 * that saving next year's figures leaves this year's gaps alone.
 */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
const Y = Number(dayFromToday(0).slice(0, 4));
const body = (r: Partial<Requirements> & { version: number }) => ({
  memberHours: r.memberHours ?? DEFAULT_REQUIREMENTS.memberHours,
  leaderHours: r.leaderHours ?? DEFAULT_REQUIREMENTS.leaderHours,
  centralizedPerYear: r.centralizedPerYear ?? DEFAULT_REQUIREMENTS.centralizedPerYear,
  newSecretaryMonths: r.newSecretaryMonths ?? DEFAULT_REQUIREMENTS.newSecretaryMonths,
  version: r.version,
});

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
});

describe('requirements of a year', () => {
  it('answers the defaults for a year before any saved one', async () => {
    const res = await counselor.get<Requirements>(`/api/training/requirements/${Y - 5}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ year: Y - 5, ...DEFAULT_REQUIREMENTS, fromYear: null, version: 0 });
  });

  it('saves a year, which later years inherit until they have their own row; versions guard edits', async () => {
    const first = await admin.put<Requirements>(
      `/api/training/requirements/${Y + 3}`,
      body({ memberHours: 40, leaderHours: 60.5, version: 0 }),
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ year: Y + 3, memberHours: 40, leaderHours: 60.5, fromYear: Y + 3, version: 1 });
    const later = await counselor.get<Requirements>(`/api/training/requirements/${Y + 5}`);
    expect(later.body).toMatchObject({ year: Y + 5, memberHours: 40, leaderHours: 60.5, fromYear: Y + 3, version: 0 });
    const earlier = await counselor.get<Requirements>(`/api/training/requirements/${Y + 2}`);
    expect(earlier.body.fromYear).not.toBe(Y + 3);

    const stale = await admin.put<ApiError>(`/api/training/requirements/${Y + 3}`, body({ version: 0 }));
    expect(stale.status).toBe(409);
    const second = await admin.put<Requirements>(
      `/api/training/requirements/${Y + 3}`,
      body({ memberHours: 36, version: 1 }),
    );
    expect(second.body).toMatchObject({ memberHours: 36, version: 2 });
    expect(
      await countOf(
        env,
        sql`select count(*) as n from audit_log where action = 'training.requirements.update' and target_id = ${String(Y + 3)}`,
      ),
    ).toBe(2);
  });

  it('refuses a reader, and figures that are not in tenths', async () => {
    expect((await counselor.put(`/api/training/requirements/${Y + 4}`, body({ version: 0 }))).status).toBe(403);
    expect(
      (await admin.put(`/api/training/requirements/${Y + 4}`, body({ memberHours: 32.25, version: 0 }))).status,
    ).toBe(400);
    expect((await counselor.get<Requirements>(`/api/training/requirements/${Y + 4}`)).body.fromYear).toBe(Y + 3);
  });

  it("changing next year's requirements leaves this year's gaps unchanged", async () => {
    const b = await freshBranch(env);
    const p = await addPerson(env, { unitId: b.unitId, orgId: b.orgId });
    const got = 20 + 14.5;
    await attended(env, { unitId: b.unitId, personId: p.id, startsOn: `${Y}-03-10`, hours: 20 });
    await addOnline(env, { personId: p.id, completedOn: `${Y}-04-01`, hours: 14.5 });
    const gaps = async (year: number) =>
      (await counselor.get<Gaps>(`/api/training/gaps?year=${year}&unitId=${b.unitId}`)).body;
    const before = await gaps(Y);
    expect(before.requirements.memberHours).toBe(DEFAULT_REQUIREMENTS.memberHours);
    expect(got >= before.requirements.memberHours).toBe(true);
    expect(before.rates.hoursMet).toEqual({ numerator: 1, denominator: 1 });

    const next = got + 5;
    expect(
      (await admin.put(`/api/training/requirements/${Y + 1}`, body({ memberHours: next, version: 0 }))).status,
    ).toBe(200);
    const after = await gaps(Y);
    expect(after.requirements).toEqual(before.requirements);
    expect(after.rates).toEqual(before.rates);
    const nextYear = await gaps(Y + 1);
    expect(nextYear.requirements).toMatchObject({ memberHours: next, fromYear: Y + 1 });
    // Nothing done in Y + 1 yet: below the new figure.
    expect(nextYear.belowHours).toEqual([expect.objectContaining({ personId: p.id, hours: 0, required: next })]);
    // Y + 2 has no row: it inherits Y + 1's.
    expect((await gaps(Y + 2)).requirements).toMatchObject({ memberHours: next, fromYear: Y + 1, version: 0 });
  });
});
