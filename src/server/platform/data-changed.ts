import type { FastifyInstance } from 'fastify';

/** Paths whose changes feed no figure and no reminder. */
const IGNORED = ['/api/auth', '/api/notifications', '/api/notification-preferences', '/api/reports'];

/**
 * After a successful change under /api/, the cockpit store and the reminders are
 * refreshed by their jobs, debounced (one job per minute at most, one waiting per name).
 * Only with the real queue: inline mode (tests, tools) would run them on every request.
 *
 * Listens on the HTTP server's responses rather than a Fastify hook: a hook added by a
 * feature plugin is encapsulated (it would see that plugin's routes only), whereas every
 * request of the node goes through the server.
 */
export function registerDataChanged(app: FastifyInstance): void {
  if (app.jobs.mode !== 'pgboss') return;
  app.server.on('request', (req, res) => {
    const method = req.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return;
    const url = req.url ?? '';
    if (
      !url.startsWith('/api/') ||
      IGNORED.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`))
    )
      return;
    res.once('finish', () => {
      if (res.statusCode < 200 || res.statusCode >= 300) return;
      for (const name of ['cockpit.refresh', 'reminders.run'] as const) {
        app.jobs.send(name, {}, { debounceSeconds: 60, singletonKey: name }).catch((err: unknown) => {
          app.log.warn({ err, job: name }, 'data-changed: could not queue the job');
        });
      }
    });
  });
}
