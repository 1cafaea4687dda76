import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { buildGolden, figuresOf, frac, type Golden } from '../../../../tests/helpers/golden.ts';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Rule } from '../../../contracts/rules.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * Rules are data: adding, revising and retiring one changes the figures of the
 * golden dataset (tests/helpers/golden.ts) without code, and a revision leaves
 * the periods before it judged by the version they were judged by.
 */
const env = fileTestEnv();
let g: Golden;
beforeAll(async () => {
  g = await buildGolden(env);
});

const summary = async (period: string) =>
  (
    await g.admin.get<ComplianceSummary>(
      `/api/compliance/summary?schemeId=${g.schemeId}&unitId=${g.cityId}&period=${period}`,
    )
  ).body;
const ruleByCode = async (code: string, on: string) =>
  (await g.admin.get<Rule[]>(`/api/rules?schemeId=${g.schemeId}&on=${on}`)).body.find((r) => r.code === code)!;
const base = { subject: 'pairing', period: 'quarter', onSiteOnly: false } as const;

describe('rules as data', () => {
  it('a new rule appears in the figures, and a record meets it', async () => {
    const res = await g.admin.post<Rule>('/api/rules', {
      ...base,
      code: 'counselor.joint_study',
      name: '每季度开展一次联学共建',
      schemeId: g.schemeId,
      actionKind: 'joint_study',
      minCount: 1,
      requireStandardItems: false,
      effectiveFrom: '2025-01-01',
    });
    expect(res.status).toBe(201);
    const before = figuresOf(await summary('2025-Q3'), 'counselor.joint_study');
    expect([before.subjects, before.met, frac(before.participation)]).toEqual([5, 0, '0/5']);
    const rec = await g.admin.post('/api/records', {
      kind: 'joint_study',
      occurredAt: '2025-08-01T09:30:00+08:00',
      pairingId: g.pairings.P3,
      mode: 'on_site',
      title: '联学共建：反诈宣传',
    });
    expect(rec.status).toBe(201);
    const after = figuresOf(await summary('2025-Q3'), 'counselor.joint_study');
    expect([after.met, frac(after.participation), frac(after.completion)]).toEqual([1, '1/5', '1/5']);
  });

  it('a revision from October judges the fourth quarter and leaves the third as it was', async () => {
    const q4Before = figuresOf(await summary('2025-Q4'), 'counselor.monthly_meeting');
    // P4's meeting at 00:00 on 1 October is the only one of the fourth quarter.
    expect([q4Before.met, frac(q4Before.completion)]).toEqual([1, '1/5']);
    const current = await ruleByCode('counselor.monthly_meeting', '2025-10-01');
    const res = await g.admin.post<Rule>(`/api/rules/${current.id}/revise`, {
      ...base,
      name: '每季度至少列席两次结对网点"每月一会"',
      actionKind: 'monthly_meeting',
      minCount: 2,
      requireStandardItems: true,
      effectiveFrom: '2025-10-01',
      version: current.version,
    });
    expect(res.status).toBe(201);
    const q4 = figuresOf(await summary('2025-Q4'), 'counselor.monthly_meeting');
    expect([q4.rule.minCount, q4.met, frac(q4.participation), frac(q4.completion)]).toEqual([2, 0, '1/5', '0/5']);
    const q3 = figuresOf(await summary('2025-Q3'), 'counselor.monthly_meeting');
    expect([q3.rule.minCount, q3.met, frac(q3.completion)]).toEqual([1, 2, '2/5']);
    const [audit] = rowsOf<{ n: number }>(
      await env.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'rule.revise'`),
    );
    expect(audit!.n).toBe(1);
  });

  it('dropping the four-items condition for the third quarter counts P3 as met', async () => {
    const v1 = await ruleByCode('counselor.monthly_meeting', '2025-09-30');
    expect(v1.effectiveTo).toBe('2025-09-30');
    const res = await g.admin.post<Rule>(`/api/rules/${v1.id}/revise`, {
      ...base,
      name: v1.name,
      actionKind: 'monthly_meeting',
      minCount: 1,
      requireStandardItems: false,
      effectiveFrom: '2025-07-01',
      version: v1.version,
    });
    expect(res.status).toBe(201);
    expect(res.body.effectiveTo).toBe('2025-09-30');
    const q3 = figuresOf(await summary('2025-Q3'), 'counselor.monthly_meeting');
    expect([q3.met, q3.overdue, frac(q3.completion)]).toEqual([3, 2, '3/5']);
  });

  it('a retired rule no longer judges the periods after it', async () => {
    const coaching = await ruleByCode('counselor.coaching', '2025-06-30');
    const res = await g.admin.post(`/api/rules/${coaching.id}/retire`, {
      effectiveTo: '2025-06-30',
      version: coaching.version,
    });
    expect(res.status).toBe(200);
    expect((await summary('2025-Q3')).rules.map((r) => r.rule.code)).not.toContain('counselor.coaching');
    expect((await summary('2025-Q2')).rules.map((r) => r.rule.code)).toContain('counselor.coaching');
  });

  it('refuses a rule that judges the wrong subject, naming the field, and changes nothing', async () => {
    const count = async () =>
      rowsOf<{ n: number }>(await env.database.db.execute(sql`select count(*)::int as n from rules`))[0]!.n;
    const before = await count();
    const res = await g.admin.post<ApiError>('/api/rules', {
      ...base,
      subject: 'party_org',
      code: 'counselor.bad',
      name: '错误规则',
      schemeId: g.schemeId,
      actionKind: 'coaching',
      minCount: 1,
      requireStandardItems: false,
      effectiveFrom: '2025-01-01',
    });
    expect(res.status).toBe(400);
    expect((res.body.details as { fields: { field: string }[] }).fields[0]).toMatchObject({ field: 'subject' });
    expect(res.body.message).toMatch(/考核对象.*结对/);
    expect(await count()).toBe(before);
  });
});
