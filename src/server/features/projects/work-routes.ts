import type { FastifyInstance } from 'fastify';

export async function projectWorkRoutes(_app: FastifyInstance): Promise<void> {}
