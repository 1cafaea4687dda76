import type { FastifyInstance } from 'fastify';

/** The board, a unit's year, the annual ranking, appraisals, duty reports and accountability. */
export async function checklistAnnualRoutes(_app: FastifyInstance): Promise<void> {}
