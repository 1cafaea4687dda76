import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { fieldsOf } from '../../../../tests/helpers/records.ts';
import { one, rows } from '../../../../tests/helpers/talks.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { NotificationPage, NotificationPreferences } from '../../../contracts/notifications.ts';

/**
 * The inbox through the API: own notifications only, newest first, unread filter and
 * paging; mark one read (another account's answers 404 and changes nothing), mark all
 * read; preferences with their version and kinds checked; the run on demand.
 */
const env = fileTestEnv();
let counselor: Client;
let leader: Client;

async function notify(username: string, key: string, minutesAgo: number): Promise<number> {
  const r = await one<{ id: number | string }>(
    env,
    sql`insert into notifications (account_id, kind, item_key, unit_id, title_zh, title_en, link, created_at)
      select a.id, 'concern_waiting', ${key}, ${env.fixture.unit('JN010101')}, ${`提醒 ${key}`}, ${`Reminder ${key}`},
        '/concerns/1', now() - make_interval(mins => ${minutesAgo})
      from accounts a where a.username = ${username} returning id`,
  );
  return Number(r.id);
}

let mine: number[];
let theirs: number;
beforeAll(async () => {
  counselor = await env.as('counselor');
  leader = await env.as('leader');
  mine = [await notify('counselor', 'a', 30), await notify('counselor', 'b', 20), await notify('counselor', 'c', 10)];
  theirs = await notify('leader', 'x', 5);
});

describe('the inbox', () => {
  it('lists only the caller’s own notifications, newest first, in the caller’s language, with paging', async () => {
    const page = await counselor.get<NotificationPage>('/api/notifications?pageSize=2');
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((n) => n.id)).toEqual([mine[2], mine[1]]);
    expect(page.body.items[0]!.title).toBe('提醒 c');
    const second = await counselor.get<NotificationPage>('/api/notifications?pageSize=2&page=2');
    expect(second.body.items.map((n) => n.id)).toEqual([mine[0]]);
    counselor.lang = 'en-US';
    expect((await counselor.get<NotificationPage>('/api/notifications')).body.items[0]!.title).toBe('Reminder c');
    counselor.lang = 'zh-CN';
  });

  it('marks one read; the unread filter and count follow', async () => {
    expect((await counselor.get<{ count: number }>('/api/notifications/unread-count')).body.count).toBe(3);
    expect((await counselor.post(`/api/notifications/${mine[1]}/read`, {})).status).toBe(200);
    const unread = await counselor.get<NotificationPage>('/api/notifications?status=unread');
    expect(unread.body.items.map((n) => n.id)).toEqual([mine[2], mine[0]]);
    expect((await counselor.get<{ count: number }>('/api/notifications/unread-count')).body.count).toBe(2);
  });

  it("answers 404 for another account's notification and leaves it unread", async () => {
    const res = await counselor.post<ApiError>(`/api/notifications/${theirs}/read`, {});
    expect(res.status).toBe(404);
    const [row] = await rows<{ read_at: string | null }>(
      env,
      sql`select read_at from notifications where id = ${theirs}`,
    );
    expect(row!.read_at).toBeNull();
    expect((await counselor.post<ApiError>('/api/notifications/999999/read', {})).status).toBe(404);
  });

  it("marks all of the caller's read, and only the caller's", async () => {
    const res = await counselor.post<{ updated: number }>('/api/notifications/read-all', {});
    expect(res.body.updated).toBe(2);
    expect((await counselor.get<{ count: number }>('/api/notifications/unread-count')).body.count).toBe(0);
    expect((await leader.get<{ count: number }>('/api/notifications/unread-count')).body.count).toBe(1);
  });
});

describe('preferences', () => {
  it('start with every kind on, immediate, and save with their version', async () => {
    const first = await leader.get<NotificationPreferences>('/api/notification-preferences');
    expect(first.body).toEqual({ mutedKinds: [], mode: 'immediate', version: 1 });
    const put = await leader.put<NotificationPreferences>('/api/notification-preferences', {
      mutedKinds: ['concern_waiting'],
      mode: 'digest',
      version: 1,
    });
    expect(put.body).toEqual({ mutedKinds: ['concern_waiting'], mode: 'digest', version: 2 });
    const stale = await leader.put<ApiError>('/api/notification-preferences', {
      mutedKinds: [],
      mode: 'immediate',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect((await leader.get<NotificationPreferences>('/api/notification-preferences')).body.version).toBe(2);
  });

  it('refuse an unknown kind, naming the field, and change nothing', async () => {
    const res = await leader.put<ApiError>('/api/notification-preferences', {
      mutedKinds: ['birthday'],
      mode: 'immediate',
      version: 2,
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)[0]).toMatchObject({ field: 'mutedKinds', reason: 'unknown_kind' });
    expect(res.body.message).toContain('关闭的提醒类型');
    expect((await leader.get<NotificationPreferences>('/api/notification-preferences')).body).toMatchObject({
      mutedKinds: ['concern_waiting'],
      version: 2,
    });
  });
});

describe('the run on demand', () => {
  it('runs for the accounts in the admin’s scope and answers what it created; a second run creates nothing', async () => {
    const admin = await env.as('admin');
    const first = await admin.post<{ created: number; accounts: number }>('/api/reminders/run', {});
    expect(first.status).toBe(200);
    expect(first.body.accounts).toBeGreaterThan(0);
    const again = await admin.post<{ created: number; accounts: number }>('/api/reminders/run', {});
    expect(again.body).toEqual({ created: 0, accounts: first.body.accounts });
    const [audit] = await rows<{ actor_username: string }>(
      env,
      sql`select actor_username from audit_log where action = 'reminders.run' order by id desc limit 1`,
    );
    expect(audit!.actor_username).toBe('admin');
  });
});
