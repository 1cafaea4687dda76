import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { buildGolden, figuresOf, frac, type Golden, provinceActor } from '../../../../tests/helpers/golden.ts';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { rowsOf } from '../../db/sql.ts';
import { complianceContext } from './context.ts';
import { complianceSummary } from './summary.ts';
import { todoFor } from './todo.ts';

/**
 * Period boundaries in the enterprise's time zone, and the statuses of periods
 * that are running (due), not started (not yet due) or over (overdue), judged
 * against a fixed clock on the golden dataset (tests/helpers/golden.ts).
 */
const env = fileTestEnv();
let g: Golden;
beforeAll(async () => {
  g = await buildGolden(env);
});

const summaryAt = async (period: string, now: Date) => {
  const actor = await provinceActor(env);
  const db = env.database.db;
  const q = { schemeId: g.schemeId, unitId: g.cityId, period };
  return complianceSummary(db, actor, await complianceContext(db, actor, q, now), g.cityId);
};
const counts = (s: ComplianceSummary, code: string) => {
  const f = figuresOf(s, code);
  return { met: f.met, due: f.due, overdue: f.overdue, notYetDue: f.notYetDue };
};

describe('statuses against a fixed clock', () => {
  it('while the quarter runs, the missing meetings are due, not overdue', async () => {
    const s = await summaryAt('2025-Q3', new Date('2025-09-20T10:00:00+08:00'));
    expect(counts(s, 'counselor.monthly_meeting')).toEqual({ met: 2, due: 3, overdue: 0, notYetDue: 0 });
    // The year runs too: field stays not yet made are due.
    expect(counts(s, 'counselor.field_stay')).toEqual({ met: 2, due: 4, overdue: 0, notYetDue: 0 });
  });

  it('the morning after the quarter ended they are overdue', async () => {
    const s = await summaryAt('2025-Q3', new Date('2025-10-01T00:00:00+08:00'));
    expect(counts(s, 'counselor.monthly_meeting')).toEqual({ met: 2, due: 0, overdue: 3, notYetDue: 0 });
  });

  it('a period not begun is not yet due, whatever is recorded', async () => {
    const s = await summaryAt('2025-Q4', new Date('2025-09-30T23:59:00+08:00'));
    expect(counts(s, 'counselor.monthly_meeting')).toEqual({ met: 0, due: 0, overdue: 0, notYetDue: 5 });
  });

  it("a counselor's to-do lists this period's work per pairing and last period's misses", async () => {
    const [wang] = rowsOf<{ id: number }>(
      await env.database.db.execute(sql`select id from people where employee_no = 'GD-001'`),
    );
    const actor = { ...(await provinceActor(env)), personId: wang!.id };
    const todo = await todoFor(env.database.db, actor, new Date('2025-10-15T09:00:00+08:00'));
    expect(todo.today).toBe('2025-10-15');
    const line = (i: (typeof todo.items)[number]) =>
      `${i.rule.code} ${i.subject.id === g.pairings.P1 ? 'P1' : 'P2'} ${i.period.label} ${i.done}/${i.required} ${i.status}`;
    expect(todo.items.map(line).sort()).toEqual(
      [
        // P2 was not coached in the third quarter: overdue, listed first.
        'counselor.coaching P2 2025-Q3 0/1 overdue',
        'counselor.coaching P1 2025-Q4 0/1 due',
        'counselor.coaching P2 2025-Q4 0/1 due',
        'counselor.monthly_meeting P1 2025-Q4 0/1 due',
        'counselor.monthly_meeting P2 2025-Q4 0/1 due',
        'counselor.field_stay P1 2025 1/1 met',
        'counselor.field_stay P2 2025 0/1 due',
        'counselor.practical_deed P1 2025 0/1 due',
        'counselor.practical_deed P2 2025 0/1 due',
        'counselor.organizational_life P1 2025 0/1 due',
        'counselor.organizational_life P2 2025 0/1 due',
      ].sort(),
    );
    expect(todo.items[0]!.status).toBe('overdue');
    expect(todo.items.at(-1)!.status).toBe('met');
    expect(todo.items.every((i) => i.recordFor.pairingId === i.subject.id)).toBe(true);
  });
});

describe('the enterprise time zone cuts the periods', () => {
  const q3Meetings = async () =>
    figuresOf(
      (
        await g.admin.get<ComplianceSummary>(
          `/api/compliance/summary?schemeId=${g.schemeId}&unitId=${g.cityId}&period=2025-Q3`,
        )
      ).body,
      'counselor.monthly_meeting',
    );
  const setZone = async (timeZone: string) => {
    const current = await g.admin.get<{ version: number }>('/api/settings/records');
    return g.admin.put<ApiError>('/api/settings/records', {
      value: { editWindowDays: 7, timeZone },
      version: current.body.version,
    });
  };

  it('in Asia/Shanghai, 00:00 on 1 October (+08:00) belongs to the fourth quarter', async () => {
    const f = await q3Meetings();
    expect([f.met, frac(f.participation)]).toEqual([2, '3/5']);
  });

  it('in UTC the same instant is 16:00 on 30 September: P4 meets the third quarter', async () => {
    expect((await setZone('UTC')).status).toBe(200);
    const f = await q3Meetings();
    expect([f.met, frac(f.participation), frac(f.completion)]).toEqual([3, '4/5', '3/5']);
    expect((await setZone('Asia/Shanghai')).status).toBe(200);
    expect((await q3Meetings()).met).toBe(2);
  });

  it('refuses an unknown time zone, naming the field, and keeps the setting', async () => {
    const res = await setZone('Mars/Olympus');
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('时区');
    const now = await g.admin.get<{ value: { timeZone: string } }>('/api/settings/records');
    expect(now.body.value.timeZone).toBe('Asia/Shanghai');
  });
});
