import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { addUnits } from '../../../../tests/helpers/pairings.ts';
import type { Accountability, Board, Ranking, UnitYear } from '../../../contracts/checklist-annual.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { checklistAssignments } from '../../db/schema/checklists.ts';

/**
 * A target counted from meeting records (书记年内讲党课不少于5次), and accountability
 * showing in a unit's year and the ranking.
 */
const env = fileTestEnv();
const year = new Date().getFullYear() - 1;
let admin: Client;
let supervisor: Client;
let c: Awaited<ReturnType<typeof seedChecklist>>;
const unit = 'JN010101';
/** A fresh outlet (the demo's outlets hold lectures of their own), in place of JN010101's assignment. */
let outletId = 0;

const lecture = (occurredAt: string) =>
  admin.post('/api/records', {
    kind: 'party_lecture',
    occurredAt,
    unitId: outletId,
    mode: 'on_site',
    title: '书记讲党课',
  });

beforeAll(async () => {
  admin = await env.as('admin');
  supervisor = await env.as('supervisor');
  c = await seedChecklist(env, {
    unitCode: 'JN01',
    year,
    items: [
      {
        title: '书记年内讲党课不少于5次',
        weight: 10,
        responsibleRole: 'secretary',
        targetValue: 5,
        targetUnit: 'times',
        measure: 'record_count',
        measureKind: 'party_lecture',
      },
      { title: '落实谈心谈话', weight: 10 },
    ],
    assignTo: [unit, 'JN010102'],
  });
  outletId = (
    await addUnits(env.database.db, [{ code: 'CK-LECT', name: '党课测试网点', kind: 'outlet', parentCode: 'JN0101' }])
  ).get('CK-LECT')!;
  await env.database.db
    .update(checklistAssignments)
    .set({ unitId: outletId })
    .where(eq(checklistAssignments.id, c.assignmentIds.get(unit)!));
});

describe('a target counted from meeting records', () => {
  it("counts the unit's party lectures of the template's year only", async () => {
    for (const d of [`${year}-03-10`, `${year}-06-10`, `${year}-12-31`, `${year - 1}-12-31`]) {
      expect((await lecture(`${d}T10:00:00+08:00`)).status).toBe(201);
    }
    const id = c.assignmentIds.get(unit)!;
    const board = await admin.get<Board>(`/api/checklist-templates/${c.templateId}/board`);
    const cell = board.body.rows.find((r) => r.assignment.id === id)!.cells[0]!;
    expect([cell.measured, cell.achievement, cell.state]).toEqual([3, 3 / 5, 'partly']);
    const yearView = await admin.get<UnitYear>(`/api/checklist-assignments/${id}/year`);
    expect(yearView.body.items[0]).toMatchObject({ measured: 3, achievement: 0.6 });
    expect(yearView.body.score.points).toBe(0.6 * 10);

    for (const d of [`${year}-09-10`, `${year}-10-10`]) {
      expect((await lecture(`${d}T10:00:00+08:00`)).status).toBe(201);
    }
    const after = await admin.get<Board>(`/api/checklist-templates/${c.templateId}/board`);
    const row = after.body.rows.find((r) => r.assignment.id === id)!;
    expect([row.cells[0]!.measured, row.cells[0]!.achievement, row.cells[0]!.state]).toEqual([5, 1, 'done']);
    expect([row.points, row.pct]).toEqual([10, 50]);
  });
});

describe('accountability in the annual view', () => {
  it('records reminders and a disqualification; the unit keeps its rank but is flagged', async () => {
    const id = c.assignmentIds.get(unit)!;
    const post = (body: object) => supervisor.post<Accountability>('/api/checklist-accountabilities', body);
    const base = { assignmentId: id, reason: '党课未按期开展', occurredOn: `${year}-11-01` };
    expect((await post({ ...base, kind: 'reminder' })).status).toBe(201);
    expect((await post({ ...base, kind: 'reminder', evidence: '谈话记录' })).status).toBe(201);
    const dq = await post({ ...base, kind: 'disqualification' });
    expect(dq.status).toBe(201);
    expect(dq.body).toMatchObject({ kind: 'disqualification', unit: { id: outletId } });

    const future = await post({ ...base, kind: 'reminder', occurredOn: `${year + 2}-01-01` });
    expect(future.status).toBe(400);
    const elsewhere = await post({ ...base, assignmentId: 999_999, kind: 'reminder' });
    expect(elsewhere.status).toBe(400);

    const ranking = await admin.get<Ranking>(`/api/checklist-templates/${c.templateId}/ranking`);
    const row = ranking.body.rows.find((r) => r.assignment.id === id)!;
    expect(row.accountability).toEqual({ reminder: 2, admonition: 0, formalAdmonition: 0, disqualification: 1 });
    expect(row.disqualified).toBe(true);
    expect(row.rank).toBe(1);
    const other = ranking.body.rows.find((r) => r.assignment.id !== id)!;
    expect([other.disqualified, other.rank]).toEqual([false, 2]);

    const yearView = await admin.get<UnitYear>(`/api/checklist-assignments/${id}/year`);
    expect(yearView.body.disqualified).toBe(true);
    expect(yearView.body.accountabilities.map((a) => a.kind).sort()).toEqual([
      'disqualification',
      'reminder',
      'reminder',
    ]);
    const list = await admin.get<Accountability[]>(`/api/checklist-accountabilities?templateId=${c.templateId}`);
    expect(list.body).toHaveLength(3);
    const refused = await (await env.as('leader')).post<ApiError>('/api/checklist-accountabilities', {
      ...base,
      kind: 'reminder',
    });
    expect(refused.status).toBe(403);
  });
});
