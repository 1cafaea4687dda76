import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { createPartyOrg, createPerson } from '../../../../tests/helpers/registry.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { PartyOrg, PartyOrgDetail } from '../../../contracts/party-orgs.ts';
import { todayInChina } from '../../../contracts/person-rules.ts';
import { partyOrgCommittee } from '../../db/schema/party-orgs.ts';

const env = fileTestEnv();

const shift = (days: number) => {
  const d = new Date(`${todayInChina()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe('party orgs', () => {
  it('default a branch term to 3 years and flag terms 90 days before their end and when overdue', async () => {
    const admin = await env.as('admin');
    const created = await admin.post<PartyOrgDetail>('/api/party-orgs', {
      code: 'P-TERM-1',
      name: '文昌街网点党支部',
      kind: 'branch',
      unitId: env.fixture.unit('JN010102'),
      termStart: '2025-03-01',
    });
    expect(created.status).toBe(201);
    expect(created.body.termEnd).toBe('2028-02-29');
    await createPartyOrg(admin, {
      code: 'P-EXP',
      unitId: env.fixture.unit('JN010102'),
      termStart: '2023-01-01',
      termEnd: shift(30),
    });
    await createPartyOrg(admin, {
      code: 'P-OVR',
      unitId: env.fixture.unit('JN010102'),
      termStart: '2022-01-01',
      termEnd: shift(-1),
    });
    await createPartyOrg(admin, {
      code: 'P-OK',
      unitId: env.fixture.unit('JN010102'),
      termStart: '2025-01-01',
      termEnd: shift(91),
    });
    const codes = async (status: string) =>
      (
        await admin.get<{ items: PartyOrg[] }>(
          `/api/party-orgs?unitId=${env.fixture.unit('JN010102')}&termStatus=${status}`,
        )
      ).body.items
        .map((o) => o.code)
        .filter((c) => c.startsWith('P-'))
        .sort();
    expect(await codes('expiring')).toEqual(['P-EXP']);
    expect(await codes('overdue')).toEqual(['P-OVR']);
    expect(await codes('ok')).toEqual(['P-OK', 'P-TERM-1']);
  });

  it('refuses a term ending before it starts, a taken code, and a unit outside the scope', async () => {
    const admin = await env.as('admin');
    const backwards = await admin.post<ApiError>('/api/party-orgs', {
      code: 'P-BAD',
      name: 'x',
      kind: 'branch',
      unitId: env.fixture.unit('JN010102'),
      termStart: '2025-03-01',
      termEnd: '2025-01-01',
    });
    expect(backwards.status).toBe(400);
    const dup = await admin.post<ApiError>('/api/party-orgs', {
      code: 'P-TERM-1',
      name: 'x',
      kind: 'branch',
      unitId: env.fixture.unit('JN010102'),
    });
    expect(dup.body.code).toBe('DUPLICATE');
    const outside = await admin.post<ApiError>('/api/party-orgs', {
      code: 'P-OUT',
      name: 'x',
      kind: 'branch',
      unitId: env.fixture.outsideUnitId,
    });
    expect(outside.status).toBe(404);
  });

  it('keeps committee history: a new secretary ends the sitting one, members change roles, seats end', async () => {
    const admin = await env.as('admin');
    const org = await createPartyOrg(admin, { code: 'P-COM', unitId: env.fixture.unit('JN010101') });
    const member = (name: string) =>
      createPerson(admin, {
        unitId: env.fixture.unit('JN010101'),
        name,
        partyStatus: 'full',
        partyRelation: 'inside',
        partyOrgId: org.id,
      });
    const [a, b, c] = [await member('甲书记'), await member('乙书记'), await member('丙委员')];
    let detail = (
      await admin.post<PartyOrgDetail>(`/api/party-orgs/${org.id}/committee`, {
        personId: a.id,
        role: 'secretary',
        startedOn: '2024-01-01',
        version: org.version,
      })
    ).body;
    detail = (
      await admin.post<PartyOrgDetail>(`/api/party-orgs/${org.id}/committee`, {
        personId: c.id,
        role: 'member',
        startedOn: '2024-01-01',
        version: detail.version,
      })
    ).body;
    const next = await admin.post<PartyOrgDetail>(`/api/party-orgs/${org.id}/committee`, {
      personId: b.id,
      role: 'secretary',
      startedOn: '2026-06-01',
      version: detail.version,
    });
    expect(next.status).toBe(200);
    expect(next.body.secretary).toEqual({ id: b.id, name: '乙书记' });
    expect(next.body.committee.map((s) => [s.person.name, s.role])).toEqual([
      ['乙书记', 'secretary'],
      ['丙委员', 'member'],
    ]);
    expect(next.body.committeeHistory.map((s) => [s.person.name, s.role, s.startedOn, s.endedOn])).toEqual([
      ['甲书记', 'secretary', '2024-01-01', '2026-06-01'],
    ]);
    const stale = await admin.post<ApiError>(`/api/party-orgs/${org.id}/committee`, {
      personId: c.id,
      role: 'deputy_secretary',
      startedOn: '2026-06-01',
      version: detail.version,
    });
    expect(stale.body.code).toBe('STALE_VERSION');
    const seat = next.body.committee.find((s) => s.person.id === c.id)!;
    const ended = await admin.post<PartyOrgDetail>(`/api/party-orgs/${org.id}/committee/${seat.id}/end`, {
      endedOn: '2026-07-01',
      version: next.body.version,
    });
    expect(ended.body.committee.map((s) => s.person.name)).toEqual(['乙书记']);
    const rows = await env.database.db.select().from(partyOrgCommittee).where(eq(partyOrgCommittee.partyOrgId, org.id));
    expect(rows).toHaveLength(3);
  });

  it('seats only active party members', async () => {
    const admin = await env.as('admin');
    const org = await createPartyOrg(admin, { code: 'P-NM', unitId: env.fixture.unit('JN010101') });
    const p = await createPerson(admin, { unitId: env.fixture.unit('JN010101') });
    const res = await admin.post<ApiError>(`/api/party-orgs/${org.id}/committee`, {
      personId: p.id,
      role: 'member',
      startedOn: '2026-01-01',
      version: org.version,
    });
    expect(res.status).toBe(400);
    expect((res.body.details as { fields: { field: string }[] }).fields[0]!.field).toBe('personId');
  });

  it('counts members from the people records and hides orgs outside the scope', async () => {
    const admin = await env.as('admin');
    const org = await createPartyOrg(admin, { code: 'P-CNT', unitId: env.fixture.unit('JN020101') });
    for (const status of ['full', 'probationary'] as const) {
      await createPerson(admin, {
        unitId: env.fixture.unit('JN020101'),
        partyStatus: status,
        partyRelation: 'inside',
        partyOrgId: org.id,
      });
    }
    const detail = await admin.get<PartyOrgDetail>(`/api/party-orgs/${org.id}`);
    expect(detail.body.memberCount).toBe(2);
    const counselor = await env.as('counselor');
    expect((await counselor.get(`/api/party-orgs/${org.id}`)).status).toBe(404);
  });
});
