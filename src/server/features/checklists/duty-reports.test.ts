import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import type { DutyReport } from '../../../contracts/checklist-annual.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { rowsOf } from '../../db/sql.ts';

/** 述职: one section report per assignment, edits only before a review, one review per reviewer, averages and ranks. */
const env = fileTestEnv();
const year = new Date().getFullYear();
const clients: Record<string, Client> = {};
let c: Awaited<ReturnType<typeof seedChecklist>>;
const one = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await env.database.db.execute(q))[0]!;

beforeAll(async () => {
  for (const r of ['admin', 'counselor', 'secretary', 'leader', 'supervisor']) clients[r] = await env.as(r);
  c = await seedChecklist(env, {
    unitCode: 'JN01',
    year,
    items: [{ title: '落实三会一课', weight: 10 }],
    assignTo: ['JN010101', 'JN010102'],
  });
});

describe('section duty reports', () => {
  it('one per assignment; the submitter edits until the first review; reviews are upserted per reviewer', async () => {
    const assignmentId = c.assignmentIds.get('JN010101')!;
    const body = { kind: 'section', assignmentId, title: '网点述职', content: '全年工作' };
    const created = await clients.counselor!.post<DutyReport>('/api/duty-reports', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'section', year, assignmentId, averageScore: null, reviewCount: 0 });
    const again = await clients.admin!.post<ApiError>('/api/duty-reports', body);
    expect([again.status, again.body.code]).toEqual([409, 'DUPLICATE']);

    const url = `/api/duty-reports/${created.body.id}`;
    const notMine = await clients.admin!.put<ApiError>(url, { title: '改', content: '改', version: 1 });
    expect([notMine.status, notMine.body.code]).toEqual([409, 'CONFLICT']);
    const edited = await clients.counselor!.put<DutyReport>(url, {
      title: '网点述职（修改）',
      content: '全年',
      version: 1,
    });
    expect([edited.status, edited.body.version, edited.body.title]).toEqual([200, 2, '网点述职（修改）']);
    const stale = await clients.counselor!.put<ApiError>(url, { title: 'x', content: 'x', version: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);

    expect((await clients.leader!.post(`${url}/reviews`, { score: 70, comment: '一般' })).status).toBe(200);
    const upserted = await clients.leader!.post<DutyReport>(`${url}/reviews`, { score: 80, comment: '较好' });
    expect(upserted.body.reviews.map((r) => [r.score, r.comment])).toEqual([[80, '较好']]);
    const second = await clients.admin!.post<DutyReport>(`${url}/reviews`, { score: 91, comment: '好' });
    expect([second.body.reviewCount, second.body.averageScore]).toEqual([2, (80 + 91) / 2]);
    expect((await clients.supervisor!.post(`${url}/reviews`, { score: 101, comment: 'x' })).status).toBe(400);
    expect((await clients.counselor!.post(`${url}/reviews`, { score: 90, comment: 'x' })).status).toBe(403);

    const locked = await clients.counselor!.put<ApiError>(url, { title: '再改', content: '再改', version: 2 });
    expect([locked.status, locked.body.code]).toEqual([409, 'CONFLICT']);

    const list = await clients.leader!.get<DutyReport[]>(`/api/duty-reports?templateId=${c.templateId}&kind=section`);
    expect(list.body.map((d) => [d.assignmentId, d.averageScore])).toEqual([[assignmentId, 85.5]]);
  });
});

describe('secretary duty reports', () => {
  it("the secretary files his branch's report; scope cuts lists; ranks by average", async () => {
    const own = await one<{ id: number; person: number }>(
      sql`select o.id, c.person_id as person from party_orgs o join party_org_committee c on c.party_org_id = o.id
        where o.code = 'DZB-JN010101' and c.role = 'secretary' and c.ended_on is null`,
    );
    const other = await one<{ id: number }>(
      sql`select o.id from party_orgs o join units u on u.id = o.unit_id
        where u.path like (select path from units where code = 'JN01') || '%' and o.code <> 'DZB-JN010101'
          and u.path not like (select path from units where code = 'JN010101') || '%' order by o.id limit 1`,
    );
    const body = { kind: 'secretary', year, title: '书记抓党建述职', content: '述职内容' };
    const mine = await clients.secretary!.post<DutyReport>('/api/duty-reports', { ...body, partyOrgId: own.id });
    expect(mine.status).toBe(201);
    expect(mine.body.reporter?.id).toBe(own.person);
    const dup = await clients.counselor!.post<ApiError>('/api/duty-reports', { ...body, partyOrgId: own.id });
    expect([dup.status, dup.body.code]).toEqual([409, 'DUPLICATE']);
    const outside = await clients.secretary!.post<ApiError>('/api/duty-reports', { ...body, partyOrgId: other.id });
    expect(outside.status).toBe(400);
    const theirs = await clients.counselor!.post<DutyReport>('/api/duty-reports', { ...body, partyOrgId: other.id });
    expect(theirs.status).toBe(201);

    await clients.leader!.post(`/api/duty-reports/${mine.body.id}/reviews`, { score: 90, comment: '好' });
    await clients.leader!.post(`/api/duty-reports/${theirs.body.id}/reviews`, { score: 95, comment: '很好' });
    await clients.admin!.post(`/api/duty-reports/${theirs.body.id}/reviews`, { score: 75, comment: '一般' });

    const all = await clients.leader!.get<DutyReport[]>(`/api/duty-reports?kind=secretary&year=${year}`);
    const byId = new Map(all.body.map((d) => [d.id, d]));
    expect([byId.get(mine.body.id)!.averageScore, byId.get(mine.body.id)!.rank]).toEqual([90, 1]);
    expect([byId.get(theirs.body.id)!.averageScore, byId.get(theirs.body.id)!.rank]).toEqual([(95 + 75) / 2, 2]);
    const seen = await clients.secretary!.get<DutyReport[]>(`/api/duty-reports?kind=secretary&year=${year}`);
    expect(seen.body.map((d) => d.id)).toEqual([mine.body.id]);
    expect((await clients.secretary!.post(`/api/duty-reports/${theirs.body.id}/reviews`, {})).status).toBe(403);
  });
});
