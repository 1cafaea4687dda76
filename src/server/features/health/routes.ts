import type { FastifyInstance } from 'fastify';
import { migrationsApplied } from '../../db/migrate.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  // The process is up and serving.
  app.get('/healthz', { config: { access: { public: true } } }, async () => ({ status: 'ok' }));

  // Ready for traffic: the database answers and every migration is applied; 503 while shutting down.
  app.get('/readyz', { config: { access: { public: true } } }, async (_req, reply) => {
    if (app.shuttingDown) return reply.status(503).send({ status: 'shutting_down' });
    try {
      if (!(await migrationsApplied(app.database))) {
        return reply.status(503).send({ status: 'migrations_pending' });
      }
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'database_unreachable' });
    }
  });
}
