import type { FastifyInstance } from 'fastify';

/** 消息提醒与提醒设置（H4） — stub registered by the lead; the owner replaces it. */
export async function notificationRoutes(_app: FastifyInstance): Promise<void> {}
