import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readRecordSettings } from '../compliance/context.ts';
import { type RunOptions, type RunResult, runReminders } from './reminders.ts';

const jobData = z.object({ accountIds: z.array(z.number().int().positive()).optional() });

/** A run and its robots' deliveries: the job's and the "run now" route's work. */
export async function runAndDeliver(app: FastifyInstance, opts: RunOptions = {}): Promise<RunResult> {
  const result = await runReminders(app.database.db, opts);
  if (result.deliveries.length) await app.jobs.send('webhooks.deliver', {});
  return result;
}

/**
 * 'reminders.run': the one handler; daily at 07:00 in the enterprise's time zone, and
 * once at start-up so the bell is filled at once (pg-boss only: the tests' inline
 * jobs have no clock and run only what they send).
 */
export async function registerReminderJob(app: FastifyInstance): Promise<void> {
  await app.jobs.work('reminders.run', async (data) => {
    const { accountIds } = jobData.parse(data);
    const started = Date.now();
    const r = await runAndDeliver(app, accountIds ? { accountIds } : {});
    app.log.info(
      { created: r.created, accounts: r.accounts, deliveries: r.deliveries.length, ms: Date.now() - started },
      'reminders run',
    );
  });
  app.addHook('onReady', async () => {
    if (app.jobs.mode !== 'pgboss') return;
    const { value } = await readRecordSettings(app.database.db);
    await app.jobs.schedule('reminders.run', '0 7 * * *', value.timeZone || 'Asia/Shanghai');
    await app.jobs.send('reminders.run', {}, { singletonKey: 'reminders.run' });
  });
}
