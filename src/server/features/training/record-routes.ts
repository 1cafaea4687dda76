import type { FastifyInstance } from 'fastify';

export async function trainingRecordRoutes(_app: FastifyInstance): Promise<void> {}
