import type { FastifyInstance } from 'fastify';
import { cockpitQuery, cockpitSchema } from '../../../contracts/cockpit.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { computeCockpit } from './figures.ts';

/** 驾驶舱：各单位子树、各期间的指标。 */
export async function cockpitRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'cockpit.read' as const } };

  r.get('/api/cockpit', {
    config: read,
    schema: { querystring: cockpitQuery, response: { 200: cockpitSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return computeCockpit(db(), ctx.actor, { unitId: req.query.unitId, period: req.query.period, lang: ctx.lang });
    },
  });
}
