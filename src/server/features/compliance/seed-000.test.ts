import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { figuresOf, frac } from '../../../../tests/helpers/golden.ts';
import { addUnits, schemeId } from '../../../../tests/helpers/pairings.ts';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';

/**
 * Seed 000's published figures, reproduced from records: "去年5-12月 … 202位党建辅导员
 * … 参加'每月一会'共计1315人次 … 131位党建辅导员参加了结对网点联学共建活动，参与率为
 * 64.85%；有191位 … 到结对基层网点现场开展了蹲点体验活动，完成率94.55%". The rates
 * are per counselor (holder), so the rules here judge holders, not pairings.
 */
const env = fileTestEnv();
const HOLDERS = 202;
let admin: Client;
let cityId: number;
let scheme: number;

beforeAll(async () => {
  const db = env.database.db;
  const outlets = Array.from({ length: HOLDERS }, (_, i) => ({
    code: `HN01${String(i + 1).padStart(3, '0')}`,
    name: `湖南网点${i + 1}`,
    kind: 'outlet' as const,
    parentCode: 'HN01',
  }));
  const units = await addUnits(db, [
    { code: 'HN01', name: '湖南（种子000）', kind: 'city', parentCode: 'JN' },
    ...outlets,
  ]);
  cityId = units.get('HN01')!;
  scheme = await schemeId(db, 'counselor');
  // One counselor per outlet (set-up in SQL: the records API is exercised by the golden tests).
  await db.execute(sql`insert into people (employee_no, name, gender, unit_id, unit_path, cadre_grade, party_status, party_relation)
    select 'HN-' || lpad(i::text, 3, '0'), '辅导员' || i, 'male', ${cityId}, (select path from units where id = ${cityId}),
           'mid', 'full', 'inside'
    from generate_series(1, ${HOLDERS}) i`);
  await db.execute(sql`insert into pairings (scheme_id, person_id, target_unit_id, scope_unit_id, starts_on)
    select ${scheme}, p.id, u.id, u.id, '2022-05-01'
    from people p join units u on u.code = 'HN01' || substr(p.employee_no, 4)
    where p.employee_no like 'HN-%'`);
  const record = (kind: string, mode: string, holders: string, perHolder: string, day: string) =>
    db.execute(sql`insert into records (kind, occurred_at, unit_id, pairing_id, mode, title, author_account_id)
      select ${kind}, (${day}::date + (k * 17 % 200))::timestamp at time zone 'Asia/Shanghai' + interval '10 hours',
             pr.target_unit_id, pr.id, ${mode}, ${kind}, ${env.fixture.account('admin')}
      from pairings pr join people p on p.id = pr.person_id,
           generate_series(1, ${sql.raw(perHolder)}) k
      where p.employee_no like 'HN-%' and ${sql.raw(holders)}`);
  // 131 counselors joined a joint study; 191 stayed on site, 5 more only by video.
  await record('joint_study', 'on_site', 'substr(p.employee_no, 4)::int <= 131', '1', '2022-05-10');
  await record('field_stay', 'on_site', 'substr(p.employee_no, 4)::int <= 191', '1', '2022-05-20');
  await record('field_stay', 'video', 'substr(p.employee_no, 4)::int between 192 and 196', '1', '2022-06-01');
  // 1,315 monthly meeting attendances: six each, and a seventh for 103 of them.
  await record('monthly_meeting', 'video', 'true', '6', '2022-05-05');
  await record('monthly_meeting', 'on_site', 'substr(p.employee_no, 4)::int <= 103', '1', '2022-12-01');
  admin = await env.as('admin');
  const rule = (code: string, name: string, actionKind: string, onSiteOnly: boolean) =>
    admin.post('/api/rules', {
      code,
      name,
      schemeId: scheme,
      subject: 'holder',
      actionKind,
      period: 'year',
      minCount: 1,
      onSiteOnly,
      requireStandardItems: false,
      effectiveFrom: '2022-01-01',
      effectiveTo: '2022-12-31',
    });
  for (const res of [
    await rule('seed000.joint_study', '参加结对网点联学共建', 'joint_study', false),
    await rule('seed000.field_stay', '到结对网点现场蹲点体验', 'field_stay', true),
    await rule('seed000.monthly_meeting', '参加结对网点"每月一会"', 'monthly_meeting', false),
  ]) {
    expect(res.status).toBe(201);
  }
});

const pct = (v: number | null) => (v === null ? null : (v * 100).toFixed(2));

describe("seed 000's figures of May–December 2022", () => {
  it('joint study: 131 of 202 counselors took part, 64.85%', async () => {
    const s = (
      await admin.get<ComplianceSummary>(`/api/compliance/summary?schemeId=${scheme}&unitId=${cityId}&period=2022`)
    ).body;
    const f = figuresOf(s, 'seed000.joint_study');
    expect([frac(f.participation), pct(f.participation.value)]).toEqual(['131/202', '64.85']);
  });

  it('field stay on site: 191 of 202 completed, 94.55%, while 196 took part at all', async () => {
    const s = (
      await admin.get<ComplianceSummary>(`/api/compliance/summary?schemeId=${scheme}&unitId=${cityId}&period=2022`)
    ).body;
    const f = figuresOf(s, 'seed000.field_stay');
    expect([frac(f.completion), pct(f.completion.value)]).toEqual(['191/202', '94.55']);
    expect(frac(f.participation)).toBe('196/202');
  });

  it('monthly meetings: 1,315 counselor attendances', async () => {
    const s = (
      await admin.get<ComplianceSummary>(`/api/compliance/summary?schemeId=${scheme}&unitId=${cityId}&period=2022`)
    ).body;
    const f = figuresOf(s, 'seed000.monthly_meeting');
    expect([f.subjects, f.personTimes, f.met]).toEqual([202, 1315, 202]);
  });
});
