import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { act, raise, setRoute } from '../../../../tests/helpers/concerns.ts';
import { addUnits, schemeId } from '../../../../tests/helpers/pairings.ts';
import { personOf, rows } from '../../../../tests/helpers/talks.ts';
import type { TodoItem } from '../../../contracts/compliance.ts';
import type { Concern } from '../../../contracts/concerns.ts';
import type { Home } from '../../../contracts/home.ts';
import type { Rule } from '../../../contracts/rules.ts';
import { addDays, daysBetween } from '../training/dates.ts';

/** 首页 of the counselor, the handler and a technical account, against the lists it reuses. */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;

const home = async (c: Client) => {
  const res = await c.get<Home>('/api/home');
  expect(res.status).toBe(200);
  return res.body;
};
const ALL_ITEMS = {
  study: { done: true, note: '学习' },
  business_review: { done: true, note: '复盘' },
  risk_check: { done: true, note: '体检' },
  concerns: { done: true, note: '收集意见' },
};
const open = (i: TodoItem) => i.status === 'due' || i.status === 'overdue';

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
});

describe('the counselor’s home', () => {
  it('lists, per pairing, exactly the due and overdue items of 我的待办: none for a pairing whose records meet every rule, every rule for one without records', async () => {
    const { today } = await home(counselor);
    const monthStart = `${today.slice(0, 7)}-01`;
    const units = await addUnits(env.database.db, [
      { code: 'HM-A', name: '首页测试网点甲', kind: 'outlet', parentCode: 'JN0101' },
      { code: 'HM-B', name: '首页测试网点乙', kind: 'outlet', parentCode: 'JN0101' },
    ]);
    const scheme = await schemeId(env.database.db, 'counselor');
    const person = (await personOf(env, 'counselor'))!;
    // In force since this month began: the earlier periods are not judged, so nothing is overdue yet.
    const pair = async (code: string) => {
      const res = await admin.post<{ id: number }>('/api/pairings', {
        schemeId: scheme,
        personId: person,
        targetUnitId: units.get(code),
        startsOn: monthStart,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id;
    };
    const met = await pair('HM-A');
    const due = await pair('HM-B');
    const rules = (await admin.get<Rule[]>(`/api/rules?schemeId=${scheme}&on=${today}`)).body.filter(
      (r) => r.subject === 'pairing',
    );
    expect(rules.length).toBeGreaterThan(0);
    // Pairing A: as many qualifying records of each rule's kind as it asks (on site, the four items done).
    const at = new Date(Date.now() - 60_000).toISOString();
    for (const rule of rules) {
      for (let n = 0; n < rule.minCount; n++) {
        const res = await counselor.post('/api/records', {
          kind: rule.actionKind,
          occurredAt: at,
          pairingId: met,
          mode: 'on_site',
          title: `${rule.name} ${n + 1}`,
          ...(rule.requireStandardItems ? { standardItems: ALL_ITEMS } : {}),
          attendees: [],
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
    }

    const [mine, todo] = await Promise.all([home(counselor), counselor.get<{ items: TodoItem[] }>('/api/todo')]);
    expect(mine.pairings).not.toBeNull();
    const byId = new Map(mine.pairings!.items.map((p) => [p.pairingId, p]));
    // Every pairing: the to-do's open items of that pairing, in the to-do's order, with the counts.
    for (const p of mine.pairings!.items) {
      const expected = todo.body.items.filter((i) => i.recordFor.pairingId === p.pairingId && open(i));
      expect(p.items).toEqual(expected);
      expect([p.overdue, p.due]).toEqual([
        expected.filter((i) => i.status === 'overdue').length,
        expected.filter((i) => i.status === 'due').length,
      ]);
    }
    // Every open pairing item of the to-do is on the home.
    const listed = mine.pairings!.items.flatMap((p) => p.items).length;
    expect(listed).toBe(todo.body.items.filter((i) => i.recordFor.pairingId !== null && open(i)).length);

    const a = byId.get(met)!;
    const b = byId.get(due)!;
    expect(a).toMatchObject({ targetName: '首页测试网点甲', unit: { id: units.get('HM-A') } });
    expect(a.items.filter((i) => i.subject.type === 'pairing')).toEqual([]);
    expect(
      b.items
        .filter((i) => i.subject.type === 'pairing')
        .map((i) => [i.rule.id, i.status, i.done, i.required])
        .sort(),
    ).toEqual(rules.map((r) => [r.id, 'due', 0, r.minCount]).sort());

    // The last records: the ones just written, newest first, at most five.
    const written = rules.reduce((n, r) => n + r.minCount, 0);
    const shown = Math.min(5, written);
    expect(mine.pairings!.records.length).toBeLessThanOrEqual(5);
    expect(mine.pairings!.records.slice(0, shown).map((r) => r.pairing?.id)).toEqual(Array(shown).fill(met));
  });

  it('shows the concerns waiting for the counselor exactly as GET /api/concerns?queue=mine', async () => {
    const secretary = await env.as('secretary');
    const raised = await raise(env, secretary, { title: '首页待办意见' });
    const [mine, queue] = await Promise.all([
      home(counselor),
      counselor.get<{ items: Concern[]; total: number }>('/api/concerns?queue=mine&pageSize=20'),
    ]);
    expect(mine.concerns!.items.map((c) => c.id)).toEqual(queue.body.items.map((c) => c.id));
    expect(mine.concerns!.total).toBe(queue.body.total);
    expect(mine.concerns!.items.map((c) => c.id)).toContain(raised.id);
    const overdue = await counselor.get<{ total: number }>('/api/concerns?queue=mine&status=overdue&pageSize=1');
    expect(mine.concerns!.overdue).toBe(overdue.body.total);
  });
});

describe('the handler’s home', () => {
  it('lists the department’s queue with the SLA countdown from the due dates, in calendar or working days', async () => {
    const handler = await env.as('handler');
    const secretary = await env.as('secretary');
    const { today } = await home(handler);
    await setRoute(env, admin, 'JN01', 'facilities', 'JN01B02');
    const soon = await raise(env, secretary, { title: '叫号机故障（首页）' });
    const late = await raise(env, secretary, { title: '门禁故障（首页）' });
    for (const c of [soon, late])
      expect((await act(admin, c.id, 'escalate', { reason: '需部门协调' })).status).toBe(200);
    const db = env.database.db;
    await db.execute(sql`update concerns set due_on = ${addDays(today, 3)} where id = ${soon.id}`);
    await db.execute(sql`update concerns set due_on = ${addDays(today, -2)} where id = ${late.id}`);

    await db.execute(sql`update concern_categories set sla_day_kind = 'calendar' where code = 'facilities'`);
    let mine = await home(handler);
    const queue = await handler.get<{ items: Concern[]; total: number }>('/api/concerns?queue=mine&pageSize=20');
    expect(mine.pairings).toBeNull();
    expect(mine.secretary).toBeNull();
    expect(mine.concerns!.items.map((c) => c.id)).toEqual(queue.body.items.map((c) => c.id));
    expect(mine.concerns!.total).toBe(queue.body.total);
    const sla = (h: Home, id: number) => h.concerns!.items.find((c) => c.id === id)!.sla;
    expect(sla(mine, soon.id)).toEqual({ dueOn: addDays(today, 3), daysLeft: 3, dayKind: 'calendar' });
    expect(sla(mine, late.id)).toEqual({ dueOn: addDays(today, -2), daysLeft: -2, dayKind: 'calendar' });
    expect(mine.concerns!.overdue).toBeGreaterThanOrEqual(1);

    // Working days: count Monday–Friday between today and the due date, with the calendar's exceptions.
    await db.execute(sql`update concern_categories set sla_day_kind = 'working' where code = 'facilities'`);
    const exceptions = new Map(
      (
        await rows<{ day: string; working: boolean }>(
          env,
          sql`select day::text as day, working from working_calendar
            where day between ${addDays(today, -2)} and ${addDays(today, 3)}`,
        )
      ).map((r) => [r.day, r.working]),
    );
    const working = (from: string, to: string) => {
      let n = 0;
      for (let i = 1; i <= daysBetween(from, to); i++) {
        const d = addDays(from, i);
        const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
        if (exceptions.get(d) ?? (weekday !== 0 && weekday !== 6)) n++;
      }
      return n;
    };
    mine = await home(handler);
    expect(sla(mine, soon.id)).toEqual({
      dueOn: addDays(today, 3),
      daysLeft: working(today, addDays(today, 3)),
      dayKind: 'working',
    });
    expect(sla(mine, late.id)).toEqual({
      dueOn: addDays(today, -2),
      daysLeft: -working(addDays(today, -2), today),
      dayKind: 'working',
    });
  });
});

describe('a technical account', () => {
  it('gets a home without sections', async () => {
    const sysadmin = await env.as('sysadmin');
    const mine = await home(sysadmin);
    expect(mine).toEqual({ today: mine.today, pairings: null, concerns: null, secretary: null });
  });
});
