import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ActionKind, RecordMode } from '../../src/contracts/actions.ts';
import type { ComplianceSummary, RuleFigures } from '../../src/contracts/compliance.ts';
import type { StandardItems } from '../../src/contracts/records.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { Actor } from '../../src/server/platform/actor.ts';
import type { TestEnv } from './app.ts';
import type { Client } from './client.ts';
import { addPerson, addUnits, schemeId } from './pairings.ts';

/**
 * The golden dataset: a city of five outlets in two counties, three counselors
 * and six counselor pairings (one ended mid-2025), and hand-placed records of
 * 2025 — every one entered through the records API as the administrator. The
 * expected figures are written out in the tests that use it.
 *
 *   GD01 (county)  O1 ← P1 (王一)   O2 ← P2 (王一)
 *   GD02 (county)  O3 ← P3 (张二)   O4 ← P4 (刘三)   O5 ← P5 (刘三)
 *                  O4 ← P6 (张二, ended 2025-06-30)
 */
export interface Golden {
  cityId: number;
  countyIds: [number, number];
  outletIds: number[];
  pairings: Record<'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6', number>;
  schemeId: number;
  admin: Client;
}

const ALL_ITEMS: StandardItems = {
  study: { done: true, note: '学习二十届三中全会精神' },
  business_review: { done: true, note: '复盘月度存款指标' },
  risk_check: { done: true, note: '排查员工异常行为' },
  concerns: { done: true, note: '收集客户意见 2 条' },
};
const THREE_ITEMS: StandardItems = { ...ALL_ITEMS, concerns: { done: false, note: null } };

export async function buildGolden(env: TestEnv): Promise<Golden> {
  const db = env.database.db;
  const units = await addUnits(db, [
    { code: 'GD', name: '金城市分行', kind: 'city', parentCode: 'JN' },
    { code: 'GD01', name: '金城东区支行', kind: 'county', parentCode: 'GD' },
    { code: 'GD02', name: '金城西区支行', kind: 'county', parentCode: 'GD' },
    { code: 'GD0101', name: '东区一号网点', kind: 'outlet', parentCode: 'GD01' },
    { code: 'GD0102', name: '东区二号网点', kind: 'outlet', parentCode: 'GD01' },
    { code: 'GD0201', name: '西区一号网点', kind: 'outlet', parentCode: 'GD02' },
    { code: 'GD0202', name: '西区二号网点', kind: 'outlet', parentCode: 'GD02' },
    { code: 'GD0203', name: '西区三号网点', kind: 'outlet', parentCode: 'GD02' },
  ]);
  const u = (code: string) => units.get(code)!;
  const holders = {
    wang: await addPerson(db, { employeeNo: 'GD-001', name: '王一', unitId: u('GD') }),
    zhang: await addPerson(db, { employeeNo: 'GD-002', name: '张二', unitId: u('GD') }),
    liu: await addPerson(db, { employeeNo: 'GD-003', name: '刘三', unitId: u('GD') }),
  };
  const staff = await Promise.all(
    [1, 2, 3, 4, 5].map((i) => addPerson(db, { employeeNo: `GD-1${i}`, name: `员工${i}`, unitId: u('GD0101') })),
  );
  const scheme = await schemeId(db, 'counselor');
  const admin = await env.as('admin');
  const pair = async (personId: number, outlet: string, endsOn?: string) => {
    const body = { schemeId: scheme, personId, targetUnitId: u(outlet), startsOn: '2025-01-01', endsOn };
    const res = await admin.post<{ id: number }>('/api/pairings', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id;
  };
  const pairings = {
    P1: await pair(holders.wang, 'GD0101'),
    P2: await pair(holders.wang, 'GD0102'),
    P3: await pair(holders.zhang, 'GD0201'),
    P4: await pair(holders.liu, 'GD0202'),
    P5: await pair(holders.liu, 'GD0203'),
    P6: await pair(holders.zhang, 'GD0202', '2025-06-30'),
  };
  const record = async (
    pairingId: number,
    kind: ActionKind,
    occurredAt: string,
    extra: { mode?: RecordMode; items?: StandardItems; present?: number } = {},
  ) => {
    const body = {
      kind,
      occurredAt,
      pairingId,
      mode: extra.mode ?? 'on_site',
      title: `${kind} ${occurredAt}`,
      ...(extra.items ? { standardItems: extra.items } : {}),
      attendees: staff.slice(0, extra.present ?? 0).map((personId) => ({ personId, present: true })),
    };
    const res = await admin.post('/api/records', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };
  // Monthly meetings (quarterly rule, the four items required).
  await record(pairings.P1, 'monthly_meeting', '2025-08-15T15:00:00+08:00', { items: ALL_ITEMS, present: 5 });
  await record(pairings.P2, 'monthly_meeting', '2025-09-30T23:59:00+08:00', { items: ALL_ITEMS, present: 3 });
  await record(pairings.P3, 'monthly_meeting', '2025-09-10T16:00:00+08:00', { items: THREE_ITEMS, present: 4 });
  await record(pairings.P4, 'monthly_meeting', '2025-10-01T00:00:00+08:00', { items: ALL_ITEMS, present: 2 });
  // Coaching (quarterly).
  await record(pairings.P1, 'coaching', '2025-07-05T10:00:00+08:00', { mode: 'video' });
  await record(pairings.P3, 'coaching', '2025-06-30T23:59:00+08:00');
  // Field stays (yearly, on site only).
  await record(pairings.P1, 'field_stay', '2025-03-10T09:00:00+08:00');
  await record(pairings.P2, 'field_stay', '2025-11-20T09:00:00+08:00', { mode: 'video' });
  await record(pairings.P6, 'field_stay', '2025-05-01T09:00:00+08:00');
  // Practical deeds (yearly).
  await record(pairings.P4, 'practical_deed', '2025-12-31T23:59:59+08:00');
  await record(pairings.P5, 'practical_deed', '2026-01-01T00:00:00+08:00');
  return {
    cityId: u('GD'),
    countyIds: [u('GD01'), u('GD02')],
    outletIds: ['GD0101', 'GD0102', 'GD0201', 'GD0202', 'GD0203'].map(u),
    pairings,
    schemeId: scheme,
    admin,
  };
}

/** The figures of one rule (by code) in a summary. */
export function figuresOf(summary: ComplianceSummary, code: string): RuleFigures {
  const f = summary.rules.find((r) => r.rule.code === code);
  if (!f) throw new Error(`no rule ${code} in the summary: ${summary.rules.map((r) => r.rule.code).join(', ')}`);
  return f;
}

/** A rate as the UI shows it: numerator/denominator. */
export const frac = (r: { numerator: number; denominator: number }) => `${r.numerator}/${r.denominator}`;

/** An actor over the whole demo province (for calling services directly with a fixed clock). */
export async function provinceActor(env: TestEnv): Promise<Actor> {
  const [jn] = rowsOf<{ id: number; path: string }>(
    await env.database.db.execute(sql`select id, path from units where code = 'JN'`),
  );
  return {
    accountId: env.fixture.account('admin'),
    username: 'admin',
    displayName: '管理员',
    personId: null,
    roles: ['party_admin'],
    permissions: new Set(['units.read', 'pairings.read', 'records.read', 'compliance.read']),
    scopeUnitIds: [jn!.id],
    scopePaths: [jn!.path],
    mustChangePassword: false,
    passwordExpiresAt: null,
    sessionId: 'test',
    csrfToken: 'test',
    sessionExpiresAt: new Date(Date.now() + 3_600_000),
  };
}
