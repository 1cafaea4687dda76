import type { FastifyInstance } from 'fastify';

/** 驾驶舱：各单位子树、各期间的指标（H1） — stub registered by the lead; the owner replaces it. */
export async function cockpitRoutes(_app: FastifyInstance): Promise<void> {}
