import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countOf, dayFromToday } from '../../../../tests/helpers/projects.ts';
import {
  addOrg,
  addPerson,
  addSeat,
  addSession,
  attended,
  enrol,
  freshBranch,
} from '../../../../tests/helpers/training-records.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Gaps } from '../../../contracts/training.ts';

/**
 * Secretaries' yearly centralized training (one attended centralized session starting in
 * the year), the gaps' scope, and the export. Every secretary here was appointed years
 * ago, so no new-secretary window touches the year.
 */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
const Y = Number(dayFromToday(0).slice(0, 4));
let b: Awaited<ReturnType<typeof freshBranch>>;
const trained: number[] = [];
const untrained: number[] = [];
const gaps = (c: Client, q: string) => c.get<Gaps>(`/api/training/gaps?year=${Y}${q}`);

async function secretary(setUp: (personId: number, unitId: number) => Promise<void>) {
  const orgId = await addOrg(env, b.unitId);
  const p = await addPerson(env, { unitId: b.unitId, orgId });
  await addSeat(env, { orgId, personId: p.id, role: 'secretary', startedOn: `${Y - 3}-05-01` });
  await setUp(p.id, b.unitId);
  return p.id;
}

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  b = await freshBranch(env);
  trained.push(
    await secretary((personId, unitId) =>
      attended(env, { unitId, personId, startsOn: `${Y}-01-05`, hours: 56, centralized: true }).then(() => undefined),
    ),
  );
  // A non-centralized session does not count, nor last year's centralized one, nor an absence.
  untrained.push(
    await secretary((personId, unitId) =>
      attended(env, { unitId, personId, startsOn: `${Y}-02-05`, hours: 56, centralized: false }).then(() => undefined),
    ),
  );
  untrained.push(
    await secretary((personId, unitId) =>
      attended(env, { unitId, personId, startsOn: `${Y - 1}-12-20`, hours: 56, centralized: true }).then(
        () => undefined,
      ),
    ),
  );
  untrained.push(
    await secretary(async (personId, unitId) => {
      const sessionId = await addSession(env, { unitId, startsOn: `${Y}-03-01`, creditHours: 8, centralized: true });
      await enrol(env, { sessionId, personId, status: 'absent' });
    }),
  );
  // A former secretary (seat ended) is not a secretary now.
  const orgId = await addOrg(env, b.unitId);
  const former = await addPerson(env, { unitId: b.unitId, orgId });
  await addSeat(env, {
    orgId,
    personId: former.id,
    role: 'secretary',
    startedOn: `${Y - 4}-01-01`,
    endedOn: `${Y - 1}-06-30`,
  });
});

describe('secretaries trained this year', () => {
  it('one attended centralized session starting in the year trains a secretary', async () => {
    const res = await gaps(counselor, `&unitId=${b.unitId}`);
    expect(res.status).toBe(200);
    const g = res.body;
    expect(g.requirements.centralizedPerYear).toBe(1);
    expect(g.rates.secretariesTrained).toEqual({
      numerator: trained.length,
      denominator: trained.length + untrained.length,
    });
    expect(g.counts.secretariesUntrained).toBe(untrained.length);
    expect(g.secretariesUntrained.map((s) => s.personId).sort()).toEqual([...untrained].sort());
    expect(g.secretariesUntrained.find((s) => s.personId === untrained[0])!.centralized).toBe(0);
    expect(g.rates.newSecretariesTrained).toEqual({ numerator: 0, denominator: 0 });
    expect(g.newSecretaries).toEqual([]);
  });

  it('needs two when the year asks for two', async () => {
    const put = await admin.put(`/api/training/requirements/${Y}`, {
      memberHours: 32,
      leaderHours: 56,
      centralizedPerYear: 2,
      newSecretaryMonths: 6,
      version: 0,
    });
    expect(put.status).toBe(200);
    const g = (await gaps(counselor, `&unitId=${b.unitId}`)).body;
    expect(g.rates.secretariesTrained).toEqual({ numerator: 0, denominator: trained.length + untrained.length });
    expect(
      (
        await admin.put(`/api/training/requirements/${Y}`, {
          memberHours: 32,
          leaderHours: 56,
          centralizedPerYear: 1,
          newSecretaryMonths: 6,
          version: 1,
        })
      ).status,
    ).toBe(200);
  });
});

describe('scope', () => {
  it('answers 404 for a unit outside the caller’s scope and defaults to the caller’s scope root', async () => {
    const out = await gaps(counselor, `&unitId=${env.fixture.outsideUnitId}`);
    expect(out.status).toBe(404);
    expect((out.body as unknown as ApiError).code).toBe('NOT_FOUND');
    expect((await gaps(await env.as('secretary'), `&unitId=${b.unitId}`)).status).toBe(404);
    const mine = await gaps(counselor, '');
    expect(mine.status).toBe(200);
    expect(mine.body.unit.id).toBe(env.fixture.unit('JN01'));
    expect((await gaps(await env.as('handler'), '')).status).toBe(403);
  });
});

describe('export', () => {
  it('writes the rates and every gap row to an xlsx, audited', async () => {
    const g = (await gaps(counselor, `&unitId=${b.unitId}`)).body;
    const res = await counselor.get<Buffer>(`/api/training/gaps/export?year=${Y}&unitId=${b.unitId}`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values = (i: number) => (ws.getRow(i).values as unknown[]).slice(1);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => values(i + 2));
    const gapRows = g.belowHours.length + g.secretariesUntrained.length + g.newSecretaries.length;
    expect(rows).toHaveLength(3 + gapRows);
    const r = g.rates.secretariesTrained;
    expect(rows[1]![12]).toBe(
      `${r.numerator} / ${r.denominator} (${((r.numerator / r.denominator) * 100).toFixed(1)}%)`,
    );
    const employeeNos = rows.slice(3).map((x) => x[1]);
    for (const s of g.secretariesUntrained) expect(employeeNos).toContain(s.employeeNo);
    expect(await countOf(env, sql`select count(*) as n from audit_log where action = 'training.gaps_export'`)).toBe(1);
    expect(
      (await counselor.get(`/api/training/gaps/export?year=${Y}&unitId=${env.fixture.outsideUnitId}`)).status,
    ).toBe(404);
  });
});
