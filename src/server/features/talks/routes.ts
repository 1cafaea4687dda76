import type { FastifyInstance } from 'fastify';

export async function talkRoutes(_app: FastifyInstance): Promise<void> {}
