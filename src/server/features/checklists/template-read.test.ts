import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import type { ChecklistTemplateDetail, ChecklistTemplateList } from '../../../contracts/checklists.ts';

/** Who reads which template: through its owner unit or through an assignment in scope. */
const env = fileTestEnv();
const clients: Record<string, Client> = {};
let jnTemplate: number;
let jn01Template: number;
let unassigned: number;
beforeAll(async () => {
  for (const r of ['admin', 'counselor', 'secretary']) clients[r] = await env.as(r);
  jnTemplate = (
    await seedChecklist(env, {
      unitCode: 'JN',
      year: 2026,
      name: '省分行清单',
      items: [
        { title: '学习', weight: 60 },
        { title: '党课', weight: 40, area: '党员管理教育' },
      ],
      assignTo: ['JN01B02', 'JN02'],
    })
  ).templateId;
  jn01Template = (
    await seedChecklist(env, {
      unitCode: 'JN01',
      year: 2025,
      name: '市分行清单',
      items: [{ title: 'x', weight: 100 }],
      assignTo: [],
    })
  ).templateId;
  unassigned = (
    await seedChecklist(env, {
      unitCode: 'JN',
      year: 2026,
      name: '未分配',
      items: [{ title: 'x', weight: 100 }],
      assignTo: [],
    })
  ).templateId;
});

describe('template list', () => {
  it('the province admin sees all JN templates, newest year first, with figures', async () => {
    const res = await clients.admin!.get<ChecklistTemplateList>('/api/checklist-templates');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([jnTemplate, jn01Template, unassigned]));
    const years = res.body.items.map((t) => t.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const jn = res.body.items.find((t) => t.id === jnTemplate)!;
    expect(jn).toMatchObject({ year: 2026, name: '省分行清单', itemCount: 2, assignmentCount: 2, totalWeight: 100 });
    expect(jn.unit.id).toBe(env.fixture.unit('JN'));
  });

  it('a JN01 counselor sees the JN template assigned in JN01 and JN01 own ones, not an unassigned JN one', async () => {
    const res = await clients.counselor!.get<ChecklistTemplateList>('/api/checklist-templates');
    const ids = res.body.items.map((t) => t.id);
    expect(ids).toContain(jnTemplate);
    expect(ids).toContain(jn01Template);
    expect(ids).not.toContain(unassigned);
    const y = await clients.counselor!.get<ChecklistTemplateList>('/api/checklist-templates?year=2025');
    expect(y.body.items.map((t) => t.id)).toEqual([jn01Template]);
  });

  it('detail: the counselor reads the JN template but only the assignments in scope; unassigned → 404', async () => {
    const res = await clients.counselor!.get<ChecklistTemplateDetail>(`/api/checklist-templates/${jnTemplate}`);
    expect(res.status).toBe(200);
    expect(res.body.ownerInScope).toBe(false);
    expect(res.body.assignments.map((a) => a.unit.id)).toEqual([env.fixture.unit('JN01B02')]);
    expect(res.body.areas.map((a) => a.items.length)).toEqual([1, 1]);
    const admin = await clients.admin!.get<ChecklistTemplateDetail>(`/api/checklist-templates/${jnTemplate}`);
    expect(admin.body.assignments).toHaveLength(2);
    expect(admin.body.ownerInScope).toBe(true);
    expect((await clients.counselor!.get(`/api/checklist-templates/${unassigned}`)).status).toBe(404);
    expect((await clients.secretary!.get(`/api/checklist-templates/${jnTemplate}`)).status).toBe(404);
  });
});
