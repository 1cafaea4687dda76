import type { FastifyInstance } from 'fastify';

export async function trainingSessionRoutes(_app: FastifyInstance): Promise<void> {}
