import type { FastifyInstance } from 'fastify';

/** The completion register, monthly reports, quarterly inspections and rectifications. */
export async function checklistRegisterRoutes(_app: FastifyInstance): Promise<void> {}
