import type { FastifyInstance } from 'fastify';

export async function projectCampaignRoutes(_app: FastifyInstance): Promise<void> {}
