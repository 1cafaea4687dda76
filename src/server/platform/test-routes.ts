import type { FastifyInstance } from 'fastify';

/**
 * Routes that exist only when LIANDIAN_TEST_ROUTES=1, for behaviour no real
 * route shows reliably (a request that is still running when SIGTERM arrives).
 */
export async function testRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/_test/slow', { config: { access: { public: true } } }, async (req) => {
    const ms = Math.min(Number((req.query as { ms?: string }).ms ?? 1000), 10_000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { waited: ms };
  });
}
