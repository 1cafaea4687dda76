import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../tests/helpers/app.ts';
import { raise } from '../../../tests/helpers/concerns.ts';
import { rowsOf } from '../db/sql.ts';

/** With the real queue, a successful change queues the cockpit refresh and the reminders; a read queues nothing. */
const env = fileTestEnv({ jobs: 'pgboss' });

async function queued(): Promise<Record<string, number>> {
  const rows = rowsOf<{ name: string; n: number | string }>(
    await env.database.db.execute(
      sql`select name, count(*) as n from pgboss.job where name in ('cockpit.refresh', 'reminders.run') group by name`,
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

describe('data changed', () => {
  it('queues the refresh jobs after a change, not after a read or a refusal', async () => {
    const secretary = await env.as('secretary');
    // Start-up sends one reminder run of its own; count from here.
    const start = await queued();
    expect((await secretary.get('/api/concerns')).status).toBe(200);
    expect((await secretary.post('/api/concerns', {})).status).toBe(400);
    expect(await queued()).toEqual(start);

    await raise(env, secretary);
    const until = Date.now() + 5_000;
    let after = await queued();
    while ((after['cockpit.refresh'] ?? 0) === (start['cockpit.refresh'] ?? 0) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      after = await queued();
    }
    expect(after['cockpit.refresh']).toBe((start['cockpit.refresh'] ?? 0) + 1);
    expect(after['reminders.run']).toBe((start['reminders.run'] ?? 0) + 1);
  });
});
