import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import { rowsOf } from '../../db/sql.ts';
import { localDate } from '../compliance/periods.ts';
import { runReminders } from './reminders.ts';

/** The secretary's checklist items due become reminders, by the home card's own rule, once. */
const env = fileTestEnv();
const today = localDate(new Date(), 'Asia/Shanghai');

describe('checklist reminders', () => {
  it('the items the home lists as due are the reminders the run creates; a second run creates none', async () => {
    const year = Number(today.slice(0, 4));
    const seeded = await seedChecklist(env, {
      unitCode: 'JN01',
      year,
      items: [
        { title: '每月学习', weight: 10, cadence: 'monthly' },
        { title: '已登记事项', weight: 10, cadence: 'monthly' },
      ],
      assignTo: ['JN010101'],
    });
    const assignmentId = seeded.assignmentIds.get('JN010101')!;
    const account = env.fixture.account('secretary');
    await env.database.db.execute(sql`insert into checklist_entries (assignment_id, item_id, completed_on, evidence, registered_by)
      values (${assignmentId}, ${seeded.itemIds[1]!}, ${today}, '已登记', ${account})`);

    const secretary = await env.as('secretary');
    type Home = {
      secretary: { orgs: { checklist: { assignmentId: number; itemId: number | null; dueOn: string }[] | null }[] };
    };
    const shown = (await secretary.get<Home>('/api/home')).body.secretary.orgs
      .flatMap((o) => o.checklist ?? [])
      .filter((c) => c.assignmentId === assignmentId);
    expect(shown.length).toBe(2); // the monthly item and the month's report

    await runReminders(env.database.db);
    const mine = async () =>
      rowsOf<{ item_key: string; due_on: string | Date; link: string }>(
        await env.database.db.execute(sql`select item_key, due_on, link from notifications
          where account_id = ${account} and kind in ('checklist_due', 'checklist_overdue') order by item_key`),
      );
    const created = await mine();
    expect(created.map((r) => r.item_key).sort()).toEqual(
      shown.map((c) => `checklist_due:a${assignmentId}:${c.itemId ?? 'report'}:due:${c.dueOn}`).sort(),
    );
    expect(created.every((r) => r.link === `/checklists/assignments/${assignmentId}`)).toBe(true);
    expect((await runReminders(env.database.db, { accountIds: [account] })).created).toBe(0);
    expect(await mine()).toEqual(created);
  });
});
