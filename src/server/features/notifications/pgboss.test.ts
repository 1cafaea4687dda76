import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { dayFromToday } from '../../../../tests/helpers/projects.ts';
import { insertDueTalk, one, rows } from '../../../../tests/helpers/talks.ts';

/** The real queue: a 'reminders.run' job sent to pg-boss is worked and its notifications appear. */
const env = fileTestEnv({ jobs: 'pgboss' });

describe('reminders on pg-boss', () => {
  it('works a sent reminders.run job: the overdue due talk reaches the secretary', async () => {
    const person = await one<{ id: number }>(
      env,
      sql`insert into people (employee_no, name, gender, unit_id, unit_path, party_status, party_relation, party_org_id)
        select 'PB-1', '队列测试党员', 'male', u.id, u.path, 'full', 'inside', o.id
        from units u join party_orgs o on o.code = 'DZB-JN010101' where u.code = 'JN010101' returning id`,
    );
    const due = await insertDueTalk(env, { personId: person.id, dueOn: dayFromToday(-4) });
    expect(env.app.jobs.mode).toBe('pgboss');
    await env.app.jobs.send('reminders.run', {});
    const found = async () =>
      rows<{ kind: string; username: string }>(
        env,
        sql`select n.kind, a.username from notifications n join accounts a on a.id = n.account_id
          where n.params->>'dueTalkId' = ${String(due)}`,
      );
    const deadline = Date.now() + 20_000;
    let got = await found();
    while (got.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      got = await found();
    }
    expect(got).toEqual([{ kind: 'talk_overdue', username: 'secretary' }]);
  }, 30_000);
});
