import type { FastifyInstance } from 'fastify';

/** 季度、年度报表（H6） — stub registered by the lead; the owner replaces it. */
export async function reportRoutes(_app: FastifyInstance): Promise<void> {}
