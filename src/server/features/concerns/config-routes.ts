import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, okSchema } from '../../../contracts/common.ts';
import {
  calendarDaySchema,
  calendarQuery,
  categoryParam,
  concernCategorySchema,
  concernRouteSchema,
  createCategoryBody,
  dayParam,
  putCalendarDayBody,
  putRouteBody,
  routeListQuery,
  routePreviewQuery,
  routePreviewSchema,
  updateCategoryBody,
} from '../../../contracts/concern-config.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { unitPathWithin } from '../records/access.ts';
import {
  createCategory,
  deleteCalendarDay,
  deleteRoute,
  listCalendar,
  listCategories,
  listRoutes,
  putCalendarDay,
  putRoute,
  updateCategory,
} from './config.ts';
import { concernScope } from './context.ts';
import { routeFor } from './routing.ts';

/** Categories and SLAs, the routing table and the working calendar. */
export async function concernConfigRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const manage = { access: { permission: 'concerns.manage' as const } };

  r.get('/api/concern-categories', {
    config: { access: { permission: 'concerns.read' } },
    schema: { response: { 200: z.array(concernCategorySchema) } },
    handler: () => listCategories(db()),
  });
  r.post('/api/concern-categories', {
    config: manage,
    schema: { body: createCategoryBody, response: { 201: concernCategorySchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send(await db().transaction((tx) => createCategory(tx, ctx, req.body)));
    },
  });
  r.put('/api/concern-categories/:code', {
    config: manage,
    schema: { params: categoryParam, body: updateCategoryBody, response: { 200: concernCategorySchema } },
    handler: (req) => db().transaction((tx) => updateCategory(tx, serviceContext(req), req.params.code, req.body)),
  });

  r.get('/api/concern-routes', {
    config: manage,
    schema: { querystring: routeListQuery, response: { 200: z.array(concernRouteSchema) } },
    handler: (req) => listRoutes(db(), serviceContext(req), req.query.unitId),
  });
  r.put('/api/concern-routes', {
    config: manage,
    schema: { body: putRouteBody, response: { 200: concernRouteSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => putRoute(tx, ctx, req.body));
      const rows = await listRoutes(db(), ctx, req.body.unitId);
      return rows.find((x) => x.id === id)!;
    },
  });
  r.delete('/api/concern-routes/:id', {
    config: manage,
    schema: { params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      await db().transaction((tx) => deleteRoute(tx, serviceContext(req), req.params.id));
      return { ok: true as const };
    },
  });
  r.get('/api/concern-routes/preview', {
    config: { access: { permission: 'concerns.read' } },
    schema: { querystring: routePreviewQuery, response: { 200: routePreviewSchema } },
    handler: async (req) => {
      const { reach } = await concernScope(db(), req);
      const path = await unitPathWithin(db(), reach, req.query.unitId);
      const hit = await routeFor(db(), path, req.query.category);
      return { department: hit?.department ?? null, from: hit?.from ?? null };
    },
  });

  r.get('/api/working-calendar', {
    config: { access: { permission: 'concerns.read' } },
    schema: { querystring: calendarQuery, response: { 200: z.array(calendarDaySchema) } },
    handler: (req) => listCalendar(db(), req.query.year),
  });
  r.put('/api/working-calendar', {
    config: manage,
    schema: { body: putCalendarDayBody, response: { 200: calendarDaySchema } },
    handler: (req) =>
      db().transaction((tx) => putCalendarDay(tx, serviceContext(req), { ...req.body, note: req.body.note ?? null })),
  });
  r.delete('/api/working-calendar/:day', {
    config: manage,
    schema: { params: dayParam, response: { 200: okSchema } },
    handler: async (req) => {
      await db().transaction((tx) => deleteCalendarDay(tx, serviceContext(req), req.params.day));
      return { ok: true as const };
    },
  });
}
