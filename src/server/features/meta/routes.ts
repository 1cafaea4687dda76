import type { FastifyInstance } from 'fastify';

export async function docsRoutes(app: FastifyInstance): Promise<void> {
  // The OpenAPI document, generated from the zod schemas of every route.
  app.get('/api/docs', { config: { access: { public: true } }, schema: { hide: true } }, async () => app.swagger());
}
