import type { FastifyInstance } from 'fastify';

/** Checklist templates (areas → items), copying a year, xlsx import/export, and assignments. */
export async function checklistTemplateRoutes(_app: FastifyInstance): Promise<void> {}
