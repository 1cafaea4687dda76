import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

/**
 * Background jobs (BRIEF: pg-boss 10, on PostgreSQL and, through executeSql, on
 * PGlite). Each job has one handler, registered by its feature's route plugin;
 * jobs are sent after the transaction that asks for them has committed.
 */
export const JOB_NAMES = ['reminders.run', 'cockpit.refresh', 'webhooks.deliver', 'reports.generate'] as const;
export type JobName = (typeof JOB_NAMES)[number];
export type JobData = Record<string, unknown>;
export type JobHandler = (data: JobData) => Promise<void>;

export interface SendOptions {
  /** At most one waiting job per key (pg-boss singletonKey). */
  singletonKey?: string;
  /** Coalesces the sends of this many seconds into one job (pg-boss sendDebounced). */
  debounceSeconds?: number;
  startAfterSeconds?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
}

export interface Jobs {
  /** `pgboss`: queued in the database, any node works them. `inline`: run in this process at once (tests, tools). */
  readonly mode: 'pgboss' | 'inline';
  work(name: JobName, handler: JobHandler): Promise<void>;
  send(name: JobName, data?: JobData, opts?: SendOptions): Promise<string | null>;
  /** A cron schedule (pg-boss only; inline mode has no clock). */
  schedule(name: JobName, cron: string, tz: string, data?: JobData): Promise<void>;
  /** Inline mode: resolves when every job sent so far has finished. pg-boss: at once. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss on the platform's own database handle: one pool (PostgreSQL) or the one embedded connection (PGlite). */
export async function startPgBoss(database: Database, log: FastifyBaseLogger): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) },
    // Finished jobs are history enough for a week.
    deleteAfterDays: 7,
  });
  boss.on('error', (err: unknown) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const name of JOB_NAMES) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
  }
  return {
    mode: 'pgboss',
    async work(name, handler) {
      await boss.work<JobData>(name, { pollingIntervalSeconds: 2 }, async (jobs) => {
        for (const job of jobs) await handler(job.data ?? {});
      });
    },
    async send(name, data = {}, opts = {}) {
      const options: PgBoss.SendOptions = {
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
        ...(opts.startAfterSeconds ? { startAfter: opts.startAfterSeconds } : {}),
        ...(opts.retryLimit !== undefined ? { retryLimit: opts.retryLimit } : {}),
        ...(opts.retryDelaySeconds !== undefined ? { retryDelay: opts.retryDelaySeconds } : {}),
        ...(opts.retryBackoff !== undefined ? { retryBackoff: opts.retryBackoff } : {}),
      };
      if (opts.debounceSeconds) {
        return boss.sendDebounced(name, data, options, opts.debounceSeconds, opts.singletonKey ?? name);
      }
      return boss.send(name, data, options);
    },
    async schedule(name, cron, tz, data = {}) {
      await boss.schedule(name, cron, data, { tz });
    },
    idle: async () => {},
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * Jobs run in this process right after they are sent, with the same handlers:
 * the test suite's mode (no queue tables, no polling) and the command-line tools'.
 * Delayed sends are dropped: without a clock, the next explicit send does the work.
 */
export function inlineJobs(log: FastifyBaseLogger): Jobs {
  const handlers = new Map<JobName, JobHandler>();
  const running = new Set<Promise<void>>();
  let stopped = false;
  return {
    mode: 'inline',
    async work(name, handler) {
      handlers.set(name, handler);
    },
    async send(name, data = {}, opts = {}) {
      const handler = handlers.get(name);
      if (!handler || stopped || (opts.startAfterSeconds ?? 0) > 0) return null;
      const run = (async () => {
        await new Promise<void>((r) => setImmediate(r));
        try {
          await handler(data);
        } catch (err) {
          log.error({ err, job: name }, 'inline job failed');
        }
      })();
      running.add(run);
      void run.finally(() => running.delete(run));
      return `inline-${name}`;
    },
    async schedule() {},
    async idle() {
      while (running.size) await Promise.all([...running]);
    },
    async stop() {
      stopped = true;
      while (running.size) await Promise.all([...running]);
    },
  };
}
