import type { FastifyInstance } from 'fastify';

export async function projectProposalRoutes(_app: FastifyInstance): Promise<void> {}
