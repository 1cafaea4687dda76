import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { createPartyOrg, createPerson } from '../../../../tests/helpers/registry.ts';
import type { Rollup, RollupCounts } from '../../../contracts/registry.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';

const env = fileTestEnv();

/**
 * The expected figures, computed straight from the people, units and party org
 * records (not from the trigger-kept table the API sums), for a subtree root id.
 */
async function expectedCounts(db: Db, rootId: number): Promise<RollupCounts> {
  const like = `%/${rootId}/%`;
  const [u] = rowsOf<{ units: number; outlets: number }>(
    await db.execute(sql`select count(*) filter (where active)::int as units,
      count(*) filter (where active and kind = 'outlet')::int as outlets from units where path like ${like}`),
  );
  const [p] = rowsOf<Record<string, number>>(
    await db.execute(sql`select
      count(*)::int as staff,
      count(*) filter (where party_status = 'full')::int as full,
      count(*) filter (where party_status = 'probationary')::int as prob,
      count(*) filter (where party_status <> 'none' and party_relation = 'outside')::int as ext
      from people where employment_status = 'active' and unit_path like ${like}`),
  );
  const [b] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from units o where o.path like ${like} and o.active and o.kind = 'outlet'
      and not exists (select 1 from people m where m.unit_id = o.id and m.employment_status = 'active'
        and m.party_status in ('full', 'probationary'))`),
  );
  const [o] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from party_orgs g join units u on u.id = g.unit_id
      where u.path like ${like} and (g.dissolved_on is null or g.dissolved_on > current_date)`),
  );
  return {
    units: u!.units,
    outlets: u!.outlets,
    staff: p!.staff!,
    membersFull: p!.full!,
    membersProbationary: p!.prob!,
    partyOrgs: o!.n,
    blankOutlets: b!.n,
    membersExternal: p!.ext!,
  };
}

describe('roll-up counts', () => {
  it('equal the figures computed from the records, for a node and each of its children, through changes', async () => {
    const admin = await env.as('admin');
    const city = env.fixture.unit('JN01');
    const check = async () => {
      const res = await admin.get<Rollup>(`/api/registry/rollup?parentId=${city}`);
      expect(res.status).toBe(200);
      expect(res.body.node!.counts).toEqual(await expectedCounts(env.database.db, city));
      for (const child of res.body.children) {
        expect(child.counts, child.unit.code).toEqual(await expectedCounts(env.database.db, child.unit.id));
      }
    };
    await check();
    const org = await createPartyOrg(admin, { code: 'R-ORG-1', unitId: env.fixture.unit('JN010103') });
    const m = await createPerson(admin, {
      unitId: env.fixture.unit('JN010103'),
      partyStatus: 'full',
      partyRelation: 'inside',
      partyOrgId: org.id,
    });
    await createPerson(admin, {
      unitId: env.fixture.unit('JN010103'),
      partyStatus: 'probationary',
      partyRelation: 'outside',
      externalOrgName: '北关社区党委',
    });
    await createPerson(admin, { unitId: env.fixture.unit('JN010104') });
    await check();
    await admin.post(`/api/people/${m.id}/transfer`, {
      kind: 'unit',
      toId: env.fixture.unit('JN010201'),
      effectiveOn: '2026-11-01',
      version: m.version,
    });
    await check();
    const [moved] = rowsOf<{ version: number }>(
      await env.database.db.execute(sql`select version from people where id = ${m.id}`),
    );
    await admin.put(`/api/people/${m.id}`, {
      name: m.name,
      gender: m.gender,
      cadreGrade: 'staff',
      employmentStatus: 'left',
      leftOn: '2026-11-02',
      partyStatus: 'full',
      partyRelation: 'inside',
      version: moved!.version,
    });
    await check();
  });

  it('shows the caller its scope roots without a parent, and 404 outside the scope', async () => {
    const counselor = await env.as('counselor');
    const roots = await counselor.get<Rollup>('/api/registry/rollup');
    expect(roots.body.node).toBeNull();
    expect(roots.body.children.map((c) => c.unit.code)).toEqual(['JN01']);
    expect(roots.body.children[0]!.counts).toEqual(await expectedCounts(env.database.db, env.fixture.unit('JN01')));
    expect((await counselor.get(`/api/registry/rollup?parentId=${env.fixture.unit('JN02')}`)).status).toBe(404);
  });

  it('keeps the trigger-kept head counts equal to a rebuild from the people rows', async () => {
    // Rows of all zeros mean the same as no row.
    const nonZero = sql`select * from unit_people_stats
      where staff <> 0 or members_full <> 0 or members_probationary <> 0 or members_external <> 0 order by unit_id`;
    const before = rowsOf<Record<string, number>>(await env.database.db.execute(nonZero));
    await env.database.db.execute(sql`select unit_people_stats_rebuild()`);
    const after = rowsOf<Record<string, number>>(await env.database.db.execute(nonZero));
    expect(before).toEqual(after);
  });
});

describe('blank outlets and external members', () => {
  it('list exactly the active outlets without a member, with the rate made of the records', async () => {
    const admin = await env.as('admin');
    const county = env.fixture.unit('JN0102');
    const res = await admin.get<{
      items: { code: string }[];
      total: number;
      rate: { numerator: number; denominator: number; value: number | null };
    }>(`/api/registry/blank-outlets?unitId=${county}&pageSize=200`);
    const expected = await expectedCounts(env.database.db, county);
    expect(res.body.rate).toEqual({
      numerator: expected.blankOutlets,
      denominator: expected.outlets,
      value: expected.outlets ? expected.blankOutlets / expected.outlets : null,
    });
    expect(res.body.total).toBe(expected.blankOutlets);
    const blankCodes = rowsOf<{ code: string }>(
      await env.database.db.execute(sql`select o.code from units o where o.path like ${`%/${county}/%`} and o.active and o.kind = 'outlet'
        and not exists (select 1 from people m where m.unit_id = o.id and m.employment_status = 'active' and m.party_status <> 'none')
        order by o.path`),
    ).map((r) => r.code);
    expect(res.body.items.map((i) => i.code)).toEqual(blankCodes);

    // A member arriving at a blank outlet takes it off the list.
    if (blankCodes[0]) {
      await createPerson(admin, {
        unitId: env.fixture.unit(blankCodes[0]),
        partyStatus: 'probationary',
        partyRelation: 'outside',
        externalOrgName: '社区党委',
      });
      const after = await admin.get<{ items: { code: string }[] }>(
        `/api/registry/blank-outlets?unitId=${county}&pageSize=200`,
      );
      expect(after.body.items.map((i) => i.code)).not.toContain(blankCodes[0]);
    }
  });

  it('give both rates of a subtree with numerator and denominator', async () => {
    const leader = await env.as('leader');
    const res = await leader.get<{
      blankOutlets: { numerator: number; denominator: number };
      externalMembers: { numerator: number; denominator: number };
    }>('/api/registry/rates');
    const c = await expectedCounts(env.database.db, env.fixture.unit('JN'));
    expect(res.body.blankOutlets).toMatchObject({ numerator: c.blankOutlets, denominator: c.outlets });
    expect(res.body.externalMembers).toMatchObject({
      numerator: c.membersExternal,
      denominator: c.membersFull + c.membersProbationary,
    });
  });
});
