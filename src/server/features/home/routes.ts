import type { FastifyInstance } from 'fastify';

/** 各角色首页（H3） — stub registered by the lead; the owner replaces it. */
export async function homeRoutes(_app: FastifyInstance): Promise<void> {}
