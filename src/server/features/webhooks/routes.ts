import type { FastifyInstance } from 'fastify';

/** 群机器人与投递日志（H5） — stub registered by the lead; the owner replaces it. */
export async function webhookRoutes(_app: FastifyInstance): Promise<void> {}
