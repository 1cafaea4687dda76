import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { unitChildrenQuery, unitDetailSchema, unitPickerItemSchema, unitSchema } from '../../../contracts/units.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { getUnitDetail, listUnitChildren, pickUnits } from './queries.ts';

const pickerQuery = z.strictObject({
  parentId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().min(1).max(64).optional(),
});

export async function unitRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.get('/api/units', {
    config: { access: { permission: 'units.read' } },
    schema: { querystring: unitChildrenQuery, response: { 200: z.array(unitSchema) } },
    handler: async (req) =>
      listUnitChildren(
        app.database.db,
        serviceContext(req).actor,
        req.query.parentId,
        req.query.includeInactive === 'true',
      ),
  });

  r.get('/api/units/picker', {
    config: { access: { permission: 'roles.grant' } },
    schema: { querystring: pickerQuery, response: { 200: z.array(unitPickerItemSchema) } },
    handler: async (req) => pickUnits(app.database.db, req.query),
  });

  r.get('/api/units/:id', {
    config: { access: { permission: 'units.read' } },
    schema: { params: idParam, response: { 200: unitDetailSchema } },
    handler: async (req) => getUnitDetail(app.database.db, serviceContext(req).actor, req.params.id),
  });
}
