import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { figuresOf, frac } from '../../../../tests/helpers/golden.ts';
import { addPerson, addUnits } from '../../../../tests/helpers/pairings.ts';
import type { ActionKind } from '../../../contracts/actions.ts';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * Golden figures of the party orgs' own rules (三会一课): two branches of a new city,
 * each with a secretary, and hand-placed records of 2025-Q3 entered through the API.
 *
 *   A (网点甲支部, secretary 甲书记): committee meetings in July, August and September
 *     (3, 4 and 5 present); a party lecture on 10 August given by 甲书记.
 *   B (网点乙支部, secretary 乙书记): a committee meeting in July only (2 present); a
 *     party lecture at 23:59 on 30 September given by a member, not the secretary.
 */
const env = fileTestEnv();
let admin: Client;
let cityId: number;

beforeAll(async () => {
  const db = env.database.db;
  const units = await addUnits(db, [
    { code: 'BR', name: '支部测试市分行', kind: 'city', parentCode: 'JN' },
    { code: 'BR01', name: '网点甲', kind: 'outlet', parentCode: 'BR' },
    { code: 'BR02', name: '网点乙', kind: 'outlet', parentCode: 'BR' },
  ]);
  cityId = units.get('BR')!;
  const org = async (code: string, name: string, unitId: number, secretaryName: string) => {
    const [o] = rowsOf<{ id: number }>(
      await db.execute(sql`insert into party_orgs (code, name, kind, unit_id, founded_on)
        values (${code}, ${name}, 'branch', ${unitId}, '2020-01-01') returning id`),
    );
    const secretary = await addPerson(db, { employeeNo: `${code}-S`, name: secretaryName, unitId });
    await db.execute(sql`insert into party_org_committee (party_org_id, person_id, role, started_on)
      values (${o!.id}, ${secretary}, 'secretary', '2024-01-01')`);
    const members = [];
    for (const i of [1, 2, 3, 4, 5])
      members.push(await addPerson(db, { employeeNo: `${code}-M${i}`, name: `${name}党员${i}`, unitId }));
    return { id: o!.id, secretary, members };
  };
  const a = await org('BR-A', '网点甲支部', units.get('BR01')!, '甲书记');
  const b = await org('BR-B', '网点乙支部', units.get('BR02')!, '乙书记');
  admin = await env.as('admin');
  const record = async (o: typeof a, kind: ActionKind, occurredAt: string, present: number, presenterId?: number) => {
    const res = await admin.post('/api/records', {
      kind,
      occurredAt,
      partyOrgId: o.id,
      mode: 'on_site',
      title: `${kind} ${occurredAt}`,
      ...(presenterId ? { presenterId } : {}),
      attendees: o.members.map((personId, i) => ({
        personId,
        present: i < present,
        absenceReason: i < present ? null : '出差',
      })),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };
  await record(a, 'committee_meeting', '2025-07-03T16:00:00+08:00', 3);
  await record(a, 'committee_meeting', '2025-08-04T16:00:00+08:00', 4);
  await record(a, 'committee_meeting', '2025-09-05T16:00:00+08:00', 5);
  await record(a, 'party_lecture', '2025-08-10T15:00:00+08:00', 5, a.secretary);
  await record(b, 'committee_meeting', '2025-07-08T16:00:00+08:00', 2);
  await record(b, 'party_lecture', '2025-09-30T23:59:00+08:00', 4, b.members[0]);
});

const summary = async () =>
  (await admin.get<ComplianceSummary>(`/api/compliance/summary?unitId=${cityId}&period=2025-Q3`)).body;
const brief = (s: ComplianceSummary, code: string) => {
  const f = figuresOf(s, code);
  return {
    subjects: f.subjects,
    met: f.met,
    overdue: f.overdue,
    participation: frac(f.participation),
    completion: frac(f.completion),
    personTimes: f.personTimes,
  };
};

describe('golden figures of the branches in 2025-Q3', () => {
  it('committee meetings are monthly: A met all three months, B only July', async () => {
    // Person-times for a party org's rule: the members present (3 + 4 + 5 + 2).
    expect(brief(await summary(), 'branch.committee_meeting')).toEqual({
      subjects: 2,
      met: 1,
      overdue: 1,
      participation: '2/2',
      completion: '1/2',
      personTimes: 14,
    });
  });

  it("a party lecture a quarter: both branches, B's at 23:59 on the quarter's last day", async () => {
    expect(brief(await summary(), 'branch.party_lecture')).toMatchObject({ met: 2, completion: '2/2', personTimes: 9 });
  });

  it("the secretary's yearly lecture counts only lectures the secretary gave", async () => {
    expect(brief(await summary(), 'branch.secretary_lecture')).toEqual({
      subjects: 2,
      met: 1,
      overdue: 1,
      participation: '1/2',
      completion: '1/2',
      personTimes: 5,
    });
  });

  it('rules without records are overdue for every branch', async () => {
    const s = await summary();
    for (const code of ['branch.group_meeting', 'branch.theme_party_day', 'branch.general_meeting']) {
      expect(brief(s, code)).toMatchObject({ subjects: 2, met: 0, overdue: 2, participation: '0/2' });
    }
  });
});
