import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { insertDueTalk, insertTalk, one, personOf, rows } from '../../../../tests/helpers/talks.ts';
import type { Coverage } from '../../../contracts/talks.ts';
import { addDays } from '../training/dates.ts';

/**
 * Yearly coverage of a branch: c committee members and m other members need
 * c(c−1)/2 + c·m pairs; a pair counts once it talked in the year, either way round.
 */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let secretary: Client;
let orgId: number;
let committee: number[];
let members: number[];
let year: number;
let today: string;

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  secretary = await env.as('secretary');
  orgId = (await one<{ id: number }>(env, sql`select id from party_orgs where code = 'DZB-JN010101'`)).id;
  committee = (
    await rows<{ person_id: number }>(
      env,
      sql`select distinct person_id from party_org_committee where party_org_id = ${orgId} and ended_on is null
        order by person_id`,
    )
  ).map((r) => r.person_id);
  members = (
    await rows<{ id: number }>(
      env,
      sql`select id from people where party_org_id = ${orgId} and employment_status = 'active'
        and party_status in ('full', 'probationary') order by id`,
    )
  )
    .map((r) => r.id)
    .filter((id) => !committee.includes(id));
  const due = await secretary.get<{ today: string }>('/api/talks/due');
  today = due.body.today;
  year = Number(today.slice(0, 4));
  expect(committee.length).toBeGreaterThanOrEqual(1);
  expect(members.length).toBeGreaterThanOrEqual(2);
});

const rowOf = (c: Coverage) => c.rows.find((r) => r.partyOrg.id === orgId)!;

describe('talk coverage', () => {
  it('counts the required pairs from the registry and the covered pairs from the talks of the year', async () => {
    const c = committee.length;
    const m = members.length;
    const url = `/api/talks/coverage?year=${year}&unitId=${env.fixture.unit('JN010101')}`;
    const before = await admin.get<Coverage>(url);
    expect(before.status).toBe(200);
    expect(rowOf(before.body)).toMatchObject({
      committee: c,
      members: m,
      pairs: { numerator: 0, denominator: (c * (c - 1)) / 2 + c * m },
      talks: 0,
    });

    const sec = (await personOf(env, 'secretary'))!;
    expect(committee).toContain(sec);
    // The secretary with the first member, twice and either way round: one pair.
    const recorded = await secretary.post('/api/talks', {
      initiatorPersonId: sec,
      counterpartPersonId: members[0],
      occurredOn: today,
      kind: 'routine',
      summary: '年度谈心',
    });
    expect(recorded.status).toBe(201);
    await insertTalk(env, { initiator: members[0]!, counterpart: sec, occurredOn: `${year}-02-01` });
    // The secretary with the second member, but last year: not this year's pair.
    await insertTalk(env, { initiator: sec, counterpart: members[1]!, occurredOn: `${year - 1}-12-31` });
    // Two plain members with each other: not a required pair.
    await insertTalk(env, { initiator: members[0]!, counterpart: members[1]!, occurredOn: `${year}-03-01` });
    let expected = 1;
    if (c >= 2) {
      const other = committee.find((p) => p !== sec)!;
      await insertTalk(env, { initiator: sec, counterpart: other, occurredOn: `${year}-04-01` });
      expected += 1;
    }
    // Talks of the org this year: those whose counterpart belongs to it (the talk takes the counterpart's org).
    const orgTalks = await one<{ n: number | string }>(
      env,
      sql`select count(*) as n from talks where party_org_id = ${orgId}
        and occurred_on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
    );
    await insertDueTalk(env, { personId: members[0]!, dueOn: addDays(today, -3) });
    await insertDueTalk(env, { personId: members[1]!, dueOn: addDays(today, 3) });

    const after = (await counselor.get<Coverage>(url)).body;
    expect(rowOf(after)).toMatchObject({
      committee: c,
      members: m,
      pairs: { numerator: expected, denominator: (c * (c - 1)) / 2 + c * m },
      talks: Number(orgTalks.n),
      dueOpen: 1,
      dueOverdue: 1,
    });
    expect(after.total).toEqual({
      numerator: after.rows.reduce((s, r) => s + r.pairs.numerator, 0),
      denominator: after.rows.reduce((s, r) => s + r.pairs.denominator, 0),
    });
    expect(after.dueOverdue).toBe(1);
    // Counts only: the figures name no talk.
    expect(JSON.stringify(after)).not.toContain('年度谈心');
  });

  it('covers the caller scope by default, answers 404 outside it, and exports the figures', async () => {
    const wide = (await counselor.get<Coverage>(`/api/talks/coverage?year=${year}`)).body;
    expect(wide.unit.id).toBe(env.fixture.unit('JN01'));
    expect(wide.rows.map((r) => r.partyOrg.id)).toContain(orgId);
    expect((await counselor.get(`/api/talks/coverage?year=${year}&unitId=${env.fixture.unit('JN02')}`)).status).toBe(
      404,
    );
    const res = await admin.get<Buffer>(
      `/api/talks/coverage/export?year=${year}&unitId=${env.fixture.unit('JN010101')}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const figures = (
      await admin.get<Coverage>(`/api/talks/coverage?year=${year}&unitId=${env.fixture.unit('JN010101')}`)
    ).body;
    expect(sheet.rowCount).toBe(figures.rows.length + 2);
    const first = sheet.getRow(2);
    expect([first.getCell(1).value, first.getCell(5).value, first.getCell(6).value]).toEqual([
      figures.rows[0]!.partyOrg.name,
      figures.rows[0]!.pairs.numerator,
      figures.rows[0]!.pairs.denominator,
    ]);
    const audit = await one<{ n: number | string }>(
      env,
      sql`select count(*) as n from audit_log where action = 'talk.coverage_export'`,
    );
    expect(Number(audit.n)).toBe(1);
  });
});
