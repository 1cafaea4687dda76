import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { dayFromToday } from '../../../../tests/helpers/projects.ts';
import { counselorPairedOutside, hoursAgo } from '../../../../tests/helpers/records.ts';
import { insertDueTalk, personOf, rows } from '../../../../tests/helpers/talks.ts';
import type { NotificationPage, NotificationPreferences } from '../../../contracts/notifications.ts';
import { runReminders } from './reminders.ts';

/**
 * The reminder run on records, due talks and preferences the test writes: idempotent
 * (a second run creates nothing), due items that disappear once met, overdue talks for
 * the secretary, muted kinds, and the daily digest the bell counts once.
 */
const env = fileTestEnv();
let w: Awaited<ReturnType<typeof counselorPairedOutside>>;
let counselor: Client;
let secretary: Client;
let members: number[];
let secretaryPerson: number;

beforeAll(async () => {
  w = await counselorPairedOutside(env, '2026-01-01');
  counselor = await env.as('counselor');
  secretary = await env.as('secretary');
  members = [];
  for (const n of [1, 2, 3, 4]) {
    const [p] = await rows<{ id: number }>(
      env,
      sql`insert into people (employee_no, name, gender, unit_id, unit_path, party_status, party_relation, party_org_id)
        select ${`NT-${n}`}, ${`提醒测试党员${n}`}, 'female', u.id, u.path, 'full', 'inside', o.id
        from units u join party_orgs o on o.code = 'DZB-JN010101' where u.code = 'JN010101' returning id`,
    );
    members.push(p!.id);
  }
  secretaryPerson = (await personOf(env, 'secretary'))!;
});

const run = () => runReminders(env.database.db);
const keysOf = async (username: string) =>
  (
    await rows<{ item_key: string }>(
      env,
      sql`select n.item_key from notifications n join accounts a on a.id = n.account_id
        where a.username = ${username} order by n.item_key`,
    )
  ).map((r) => r.item_key);
const snapshot = async () =>
  rows<{ id: number; account_id: number; item_key: string }>(
    env,
    sql`select id::int as id, account_id, item_key from notifications order by id`,
  );

describe('the reminder run', () => {
  it('is idempotent: a second run creates nothing and leaves the table as it was', async () => {
    const first = await run();
    expect(first.created).toBeGreaterThan(0);
    expect(first.accounts).toBeGreaterThan(0);
    const before = await snapshot();
    expect(before).toHaveLength(first.created);
    const second = await run();
    expect(second.created).toBe(0);
    expect(await snapshot()).toEqual(before);
    const audit = await rows<{ n: number }>(
      env,
      sql`select count(*)::int as n from audit_log where action = 'reminders.run'`,
    );
    expect(audit[0]!.n).toBe(2);
  });

  it("puts the counselor's unmet quarterly meeting in a due item, and creates none once a record meets it", async () => {
    const period = `${dayFromToday(0).slice(0, 4)}-Q${Math.floor((Number(dayFromToday(0).slice(5, 7)) - 1) / 3) + 1}`;
    const [rule] = await rows<{ id: number }>(
      env,
      sql`select r.id from rules r join schemes s on s.id = r.scheme_id
        where s.code = 'counselor' and r.action_kind = 'monthly_meeting' and r.period = 'quarter'
          and r.effective_to is null order by r.id limit 1`,
    );
    const key = `action_due:pairing${w.pairingId}-rule${rule!.id}:due:${period}`;
    await run();
    expect(await keysOf('counselor')).toContain(key);
    const [row] = await rows<{ title_zh: string; link: string; unit_id: number; due_on: string }>(
      env,
      sql`select title_zh, link, unit_id, due_on::text as due_on from notifications where item_key = ${key}`,
    );
    const lastDay = { Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31' }[period.slice(5) as 'Q1'];
    expect(row).toMatchObject({ link: '/todo', unit_id: w.outletId, due_on: `${period.slice(0, 4)}-${lastDay}` });
    expect(row!.title_zh).toContain('【应办】记录测试网点');
    expect(row!.title_zh).toContain(`（${period}，已完成 0/1）`);

    const record = await counselor.post('/api/records', {
      kind: 'monthly_meeting',
      occurredAt: hoursAgo(2),
      pairingId: w.pairingId,
      mode: 'on_site',
      title: '列席"每月一会"',
      content: '学习文件，复盘业务',
      standardItems: {
        study: { done: true, note: '学习文件' },
        business_review: { done: true, note: '存款增长' },
        risk_check: { done: true, note: null },
        concerns: { done: true, note: '收集诉求' },
      },
      attendees: w.staff.map((personId) => ({ personId, present: true })),
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    const todo = await counselor.get<{
      items: { rule: { id: number }; status: string; recordFor: { pairingId: number }; period: { label: string } }[];
    }>('/api/todo');
    const line = todo.body.items.find(
      (i) => i.rule.id === rule!.id && i.recordFor.pairingId === w.pairingId && i.period.label === period,
    );
    expect(line?.status).toBe('met');
    const before = await keysOf('counselor');
    const again = await run();
    const after = await keysOf('counselor');
    // Nothing new for that rule and pairing; the old due item stays as history.
    expect(
      after.filter((k) => k.includes(`pairing${w.pairingId}-rule${rule!.id}:`) && k.endsWith(`:${period}`)),
    ).toEqual([key]);
    expect(after).toEqual(before);
    expect(again.created).toBe(0);
  });

  it('reminds the secretary of an overdue due talk of a member of the branch', async () => {
    const due = await insertDueTalk(env, { personId: members[0]!, dueOn: dayFromToday(-3) });
    const result = await run();
    expect(result.created).toBe(1);
    const [row] = await rows<{ kind: string; username: string; link: string; due_on: string }>(
      env,
      sql`select n.kind, a.username, n.link, n.due_on::text as due_on from notifications n
        join accounts a on a.id = n.account_id where n.params->>'dueTalkId' = ${String(due)}`,
    );
    expect(row).toEqual({
      kind: 'talk_overdue',
      username: 'secretary',
      link: '/talks?tab=due',
      due_on: dayFromToday(-3),
    });
    expect(secretaryPerson).toBeGreaterThan(0);
  });

  it('leaves muted kinds out', async () => {
    const prefs = await secretary.get<NotificationPreferences>('/api/notification-preferences');
    const put = await secretary.put<NotificationPreferences>('/api/notification-preferences', {
      mutedKinds: ['talk_overdue', 'talk_due'],
      mode: 'immediate',
      version: prefs.body.version,
    });
    expect(put.status).toBe(200);
    const due = await insertDueTalk(env, { personId: members[1]!, dueOn: dayFromToday(-2) });
    expect((await run()).created).toBe(0);
    expect((await keysOf('secretary')).filter((k) => k.includes(`due${due}:`))).toEqual([]);
    // Switched on again, the next run brings it.
    await secretary.put('/api/notification-preferences', {
      mutedKinds: [],
      mode: 'immediate',
      version: put.body.version,
    });
    expect((await run()).created).toBe(1);
  });

  it('in digest mode hangs the new items under one digest row, which the bell counts once', async () => {
    const prefs = await secretary.get<NotificationPreferences>('/api/notification-preferences');
    const put = await secretary.put('/api/notification-preferences', {
      mutedKinds: [],
      mode: 'digest',
      version: prefs.body.version,
    });
    expect(put.status).toBe(200);
    expect((await secretary.post('/api/notifications/read-all', {})).status).toBe(200);
    const a = await insertDueTalk(env, { personId: members[2]!, dueOn: dayFromToday(-1) });
    const b = await insertDueTalk(env, { personId: members[3]!, dueOn: dayFromToday(10) });
    expect((await run()).created).toBe(2);
    const count = await secretary.get<{ count: number }>('/api/notifications/unread-count');
    expect(count.body.count).toBe(1);
    const list = await secretary.get<NotificationPage>('/api/notifications?status=unread');
    expect(list.body.total).toBe(1);
    const digest = list.body.items[0]!;
    expect(digest.kind).toBe('digest');
    expect(digest.title).toContain('2 项');
    expect(digest.items.map((i) => i.kind).sort()).toEqual(['talk_due', 'talk_overdue']);
    expect(digest.items.every((i) => i.link === '/talks?tab=due')).toBe(true);
    expect(new Set([a, b]).size).toBe(2);
    // Reading the digest reads its items.
    expect((await secretary.post(`/api/notifications/${digest.id}/read`, {})).status).toBe(200);
    const unread = await rows<{ n: number }>(
      env,
      sql`select count(*)::int as n from notifications where digest_id = ${digest.id} and read_at is null`,
    );
    expect(unread[0]!.n).toBe(0);
    expect((await secretary.get<{ count: number }>('/api/notifications/unread-count')).body.count).toBe(0);
  });
});
