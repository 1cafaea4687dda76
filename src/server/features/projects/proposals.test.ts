import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import {
  countOf,
  dayFromToday,
  orgByCode,
  secretaryOf,
  seedCampaign,
  seedProject,
} from '../../../../tests/helpers/projects.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { CampaignBoard, ProjectListItem } from '../../../contracts/projects.ts';
import { rowsOf } from '../../db/sql.ts';

/** Proposals: the proposer and leader rules, themes, the proposal windows, drafts in lists. */
const env = fileTestEnv();
const clients: Record<string, Client> = {};
const fieldOf = (e: ApiError) => (e.details as { fields: { field: string; reason: string }[] }).fields[0]?.field;
const proposal = (over: Record<string, unknown> = {}) => ({
  title: '消除党员空白网点',
  theme: '破解基层党建难题',
  problemKind: 'party_building',
  problem: '无党员网点多',
  goals: '一年内消除空白点',
  plan: '党代表联系点包挂',
  resources: null,
  memberPersonIds: [],
  targets: [
    { name: '空白网点数', unit: '个', baseline: 54, targetValue: 0 },
    { name: '联系点覆盖率', unit: '%', targetValue: 100 },
  ],
  submit: false,
  ...over,
});

beforeAll(async () => {
  for (const r of ['admin', 'counselor', 'leader']) clients[r] = await env.as(r);
});

describe('creating a proposal', () => {
  it('names an eligible proposer in scope; the leader is its secretary; targets in order; submit at once', async () => {
    const c = await seedCampaign(env, { name: '领题申报' });
    const url = `/api/project-campaigns/${c.campaignId}/projects`;
    const jn01 = await orgByCode(env, 'DW-JN01');
    const jn02 = await orgByCode(env, 'DW-JN02');
    const sec01 = await secretaryOf(env, 'DW-JN01');
    const sec02 = await secretaryOf(env, 'DW-JN02');
    const counselor = clients.counselor!;

    const notSecretary = await counselor.post<ApiError>(url, proposal({ partyOrgId: jn01.id, leaderPersonId: sec02 }));
    expect([notSecretary.status, fieldOf(notSecretary.body)]).toEqual([400, 'leaderPersonId']);
    expect(notSecretary.body.message).toContain('现任书记');
    const outside = await counselor.post<ApiError>(url, proposal({ partyOrgId: jn02.id, leaderPersonId: sec02 }));
    expect([outside.status, fieldOf(outside.body)]).toEqual([400, 'partyOrgId']);
    const organizerItself = await clients.admin!.post<ApiError>(
      url,
      proposal({ partyOrgId: (await orgByCode(env, 'DW-JN')).id, leaderPersonId: sec01 }),
    );
    expect([organizerItself.status, fieldOf(organizerItself.body)]).toEqual([400, 'partyOrgId']);
    const wrongKey = await counselor.post<ApiError>(url, proposal({ unitId: jn01.unitId, leaderPersonId: sec01 }));
    expect([wrongKey.status, fieldOf(wrongKey.body)]).toEqual([400, 'unitId']);
    const theme = await counselor.post<ApiError>(
      url,
      proposal({ partyOrgId: jn01.id, leaderPersonId: sec01, theme: '别的方向' }),
    );
    expect([theme.status, fieldOf(theme.body)]).toEqual([400, 'theme']);
    expect(await countOf(env, sql`select count(*) as n from projects`)).toBe(0);

    const ok = await counselor.post<{ id: number }>(
      url,
      proposal({ partyOrgId: jn01.id, leaderPersonId: sec01, submit: true }),
    );
    expect(ok.status).toBe(201);
    const targets = rowsOf<Record<string, unknown>>(
      await env.database.db.execute(
        sql`select ordinal, name, baseline, target_value from project_targets where project_id = ${ok.body.id} order by ordinal`,
      ),
    ) as { ordinal: number; name: string; baseline: unknown; target_value: unknown }[];
    expect(
      targets.map((t) => [t.ordinal, t.name, t.baseline === null ? null : Number(t.baseline), Number(t.target_value)]),
    ).toEqual([
      [1, '空白网点数', 54, 0],
      [2, '联系点覆盖率', null, 100],
    ]);
    expect(
      await countOf(
        env,
        sql`select count(*) as n from project_events where project_id = ${ok.body.id} and kind = 'submitted'`,
      ),
    ).toBe(1);
    const board = await clients.admin!.get<CampaignBoard>(`/api/project-campaigns/${c.campaignId}/board`);
    expect([board.body.counts.proposed, board.body.counts.proposers]).toEqual([1, 1]);
  });

  it('drafts are listed to proposers only and are not counted as proposed', async () => {
    const c = await seedCampaign(env, { name: '草稿可见' });
    const sec01 = await secretaryOf(env, 'DW-JN01');
    const jn01 = await orgByCode(env, 'DW-JN01');
    const draft = await clients.counselor!.post<{ id: number }>(
      `/api/project-campaigns/${c.campaignId}/projects`,
      proposal({ partyOrgId: jn01.id, leaderPersonId: sec01 }),
    );
    expect(draft.status).toBe(201);
    const list = (who: string) =>
      clients[who]!.get<ProjectListItem[]>(`/api/project-campaigns/${c.campaignId}/projects`).then((r) =>
        r.body.map((p) => [p.id, p.status]),
      );
    expect(await list('counselor')).toEqual([[draft.body.id, 'draft']]);
    expect(await list('leader')).toEqual([]);
    const board = await clients.admin!.get<CampaignBoard>(`/api/project-campaigns/${c.campaignId}/board`);
    expect([board.body.counts.proposed, board.body.counts.proposers]).toEqual([0, 0]);

    // Edit replaces the targets; submit; the leader then sees it.
    const edited = await clients.counselor!.put<{ version: number }>(`/api/projects/${draft.body.id}`, {
      ...proposal({
        leaderPersonId: sec01,
        title: '改后的题目',
        targets: [{ name: '覆盖率', unit: '%', targetValue: 90 }],
      }),
      submit: undefined,
      version: 1,
    });
    expect([edited.status, edited.body.version]).toEqual([200, 2]);
    expect(await countOf(env, sql`select count(*) as n from project_targets where project_id = ${draft.body.id}`)).toBe(
      1,
    );
    const submitted = await clients.counselor!.post(`/api/projects/${draft.body.id}/submit`, { version: 2 });
    expect(submitted.status).toBe(200);
    expect(await list('leader')).toEqual([[draft.body.id, 'submitted']]);
  });
});

describe('proposal windows', () => {
  it('closed after the due date and before the opening; withdraw only before the deadline', async () => {
    const sec01 = await secretaryOf(env, 'DW-JN01');
    const jn01 = await orgByCode(env, 'DW-JN01');
    const late = await seedCampaign(env, {
      name: '已截止',
      dates: { proposalOpens: dayFromToday(-10), proposalDue: dayFromToday(-2) },
    });
    const early = await seedCampaign(env, {
      name: '未开始',
      dates: { proposalOpens: dayFromToday(2), proposalDue: dayFromToday(10) },
    });
    const create = (id: number) =>
      clients.admin!.post<ApiError>(
        `/api/project-campaigns/${id}/projects`,
        proposal({ partyOrgId: jn01.id, leaderPersonId: sec01, submit: true }),
      );
    expect([(await create(late.campaignId)).status, (await create(late.campaignId)).body.code]).toEqual([
      409,
      'CONFLICT',
    ]);
    expect((await create(early.campaignId)).status).toBe(409);

    const draft = await seedProject(env, { campaignId: late.campaignId, orgCode: 'DW-JN01', status: 'draft' });
    const submitted = await seedProject(env, { campaignId: late.campaignId, orgCode: 'DW-JN02', status: 'submitted' });
    expect((await clients.admin!.post(`/api/projects/${draft}/submit`, { version: 1 })).status).toBe(409);
    expect((await clients.admin!.post(`/api/projects/${submitted}/withdraw`, { version: 1 })).status).toBe(409);
    expect(await countOf(env, sql`select count(*) as n from projects where status = 'withdrawn'`)).toBe(0);

    const open = await seedCampaign(env, { name: '可撤回' });
    const mine = await seedProject(env, { campaignId: open.campaignId, orgCode: 'DW-JN01', status: 'submitted' });
    const w = await clients.counselor!.post(`/api/projects/${mine}/withdraw`, { version: 1, reason: '重新选题' });
    expect(w.status).toBe(200);
    const ev = rowsOf<Record<string, unknown>>(
      await env.database.db.execute(sql`select kind, note from project_events where project_id = ${mine}`),
    );
    expect(ev).toEqual([{ kind: 'withdrawn', note: '重新选题' }]);
    const again = await clients.counselor!.post<ApiError>(`/api/projects/${mine}/withdraw`, { version: 2 });
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
  });
});
