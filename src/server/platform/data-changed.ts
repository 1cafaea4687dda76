import type { FastifyInstance } from 'fastify';

/** Paths whose changes feed no figure and no reminder. */
const IGNORED = ['/api/auth', '/api/notifications', '/api/notification-preferences', '/api/reports'];

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After a successful change under /api/, the cockpit store and the reminders are
 * refreshed by their jobs, debounced (one job per minute at most, one waiting per name).
 * Only with the real queue: inline mode (tests, tools) would run them on every request.
 * Registered on the root instance before the features, so the hook sees every route.
 */
export function registerDataChanged(app: FastifyInstance): void {
  if (app.jobs.mode !== 'pgboss') return;
  app.addHook('onResponse', async (req, reply) => {
    if (SAFE.has(req.method) || reply.statusCode < 200 || reply.statusCode >= 300) return;
    const url = req.url;
    if (
      !url.startsWith('/api/') ||
      IGNORED.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`))
    )
      return;
    for (const name of ['cockpit.refresh', 'reminders.run'] as const) {
      app.jobs.send(name, {}, { debounceSeconds: 60, singletonKey: name }).catch((err: unknown) => {
        app.log.warn({ err, job: name }, 'data-changed: could not queue the job');
      });
    }
  });
}
