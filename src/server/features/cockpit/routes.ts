import type { FastifyInstance } from 'fastify';
import {
  cockpitChildrenQuery,
  cockpitChildrenSchema,
  cockpitQuery,
  cockpitSchema,
  cockpitTrendQuery,
  cockpitTrendSchema,
} from '../../../contracts/cockpit.ts';
import { serviceContext } from '../../platform/access.ts';
import { bulkReads } from '../../platform/bulk-reads.ts';
import { typed } from '../../platform/route.ts';
import { contextAndToday } from '../projects/today.ts';
import { loadUnitInScope } from '../units/queries.ts';
import { cockpitChildren } from './children.ts';
import { cockpitUnitId } from './figures.ts';
import { cockpitFor, refreshCockpits } from './store.ts';
import { cockpitTrend } from './trend.ts';

/** 驾驶舱：各单位子树、各期间的指标，子单位对比，逐月趋势；刷新任务。 */
export async function cockpitRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'cockpit.read' as const } };

  const bulk = bulkReads(app.database);
  await app.jobs.work('cockpit.refresh', async () => {
    await refreshCockpits(app.database.db, new Date(), bulk);
  });

  r.get('/api/cockpit', {
    config: read,
    schema: { querystring: cockpitQuery, response: { 200: cockpitSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return cockpitFor(db(), ctx.actor, { unitId: req.query.unitId, period: req.query.period, lang: ctx.lang });
    },
  });

  r.get('/api/cockpit/children', {
    config: read,
    schema: { querystring: cockpitChildrenQuery, response: { 200: cockpitChildrenSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const q = req.query;
      return cockpitChildren(db(), ctx.actor, { unitId: q.unitId, period: q.period, key: q.key, lang: ctx.lang });
    },
  });

  r.get('/api/cockpit/trend', {
    config: read,
    schema: { querystring: cockpitTrendQuery, response: { 200: cockpitTrendSchema } },
    handler: async (req) => {
      const { ctx, today, timeZone } = await contextAndToday(db(), req);
      const unitId = await cockpitUnitId(db(), ctx.actor, req.query.unitId);
      const { path } = await loadUnitInScope(db(), ctx.actor, unitId);
      return cockpitTrend(db(), path, req.query.year, today, timeZone);
    },
  });
}
