import type { FastifyInstance } from 'fastify';
import { checklistTemplateDetail, checklistTemplateList, templateListQuery } from '../../../contracts/checklists.ts';
import { idParam } from '../../../contracts/common.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { listTemplates, templateDetail } from './template-read.ts';

/** Checklist templates (areas → items), copying a year, xlsx import/export, and assignments. */
export async function checklistTemplateRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'checklists.read' as const } };

  r.get('/api/checklist-templates', {
    config: read,
    schema: { querystring: templateListQuery, response: { 200: checklistTemplateList } },
    handler: async (req) => listTemplates(db(), serviceContext(req).actor, req.query),
  });
  r.get('/api/checklist-templates/:id', {
    config: read,
    schema: { params: idParam, response: { 200: checklistTemplateDetail } },
    handler: async (req) => templateDetail(db(), serviceContext(req).actor, req.params.id),
  });
}
