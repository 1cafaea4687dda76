import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { concernFiguresQuery, concernFiguresSchema, concernReportQuery } from '../../../contracts/concern-figures.ts';
import {
  concernAttachmentSchema,
  concernCounts,
  concernDetailSchema,
  concernListQuery,
  concernPage,
  concernTransitionBody,
  raiseConcernBody,
} from '../../../contracts/concerns.ts';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import { units } from '../../db/schema/units.ts';
import { auditExport } from '../../platform/audit.ts';
import { notFound } from '../../platform/errors.ts';
import { typed } from '../../platform/route.ts';
import { pathInScope } from '../../platform/scope.ts';
import { acceptRawUploads, sendAttachment } from '../../platform/uploads.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { dayAfter, zonedMidnight } from '../compliance/periods.ts';
import { addConcernAttachment, loadConcernAttachment } from './attachments.ts';
import { concernScope, pathsUnder } from './context.ts';
import { concernDetail, loadConcernIn } from './detail.ts';
import { concernFigures } from './figures.ts';
import { handlersOf } from './handlers.ts';
import { listConcerns } from './queries.ts';
import { raiseConcern } from './raise.ts';
import { concernQuarterReport } from './report.ts';
import { transitionConcern } from './transition.ts';

export async function concernRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  acceptRawUploads(app, RECORD_LIMITS.attachmentBytes);

  r.get('/api/concerns', {
    config: { access: { permission: 'concerns.read' } },
    schema: { querystring: concernListQuery, response: { 200: concernPage } },
    handler: async (req) => {
      const { ctx, reach, today, timeZone } = await concernScope(db(), req);
      const q = req.query;
      const [unitPath] = q.unitId ? await pathsUnder(db(), reach, q.unitId) : [];
      return listConcerns(db(), ctx.actor, reach, q, today, ctx.lang, {
        ...(unitPath ? { unitPath } : {}),
        ...(q.from ? { from: zonedMidnight(q.from, timeZone) } : {}),
        ...(q.to ? { to: zonedMidnight(dayAfter(q.to), timeZone) } : {}),
      });
    },
  });

  r.get('/api/concerns/counts', {
    config: { access: { permission: 'concerns.read' } },
    schema: { response: { 200: concernCounts } },
    handler: async (req) => {
      const { ctx, reach, today } = await concernScope(db(), req);
      const page = await listConcerns(
        db(),
        ctx.actor,
        reach,
        concernListQuery.parse({ queue: 'mine', pageSize: 1 }),
        today,
        ctx.lang,
      );
      return { mine: page.total };
    },
  });

  r.get('/api/concerns/figures', {
    config: { access: { permission: 'concerns.read' } },
    schema: { querystring: concernFiguresQuery, response: { 200: concernFiguresSchema } },
    handler: async (req) => {
      const { ctx, reach, today, timeZone } = await concernScope(db(), req);
      const q = req.query;
      const paths = await pathsUnder(db(), reach, q.unitId);
      const unit = q.unitId
        ? ((await db().select({ id: units.id, name: units.name }).from(units).where(eq(units.id, q.unitId)))[0] ?? null)
        : null;
      return concernFigures(db(), {
        paths,
        unit,
        from: q.from,
        to: q.to,
        dimension: q.dimension,
        today,
        timeZone,
        lang: ctx.lang,
      });
    },
  });

  r.get('/api/concerns/report.xlsx', {
    config: { access: { permission: 'concerns.read' } },
    schema: { querystring: concernReportQuery },
    handler: async (req, reply) => {
      const { ctx, reach, today, timeZone } = await concernScope(db(), req);
      const q = req.query;
      const paths = await pathsUnder(db(), reach, q.unitId);
      await auditExport(db(), ctx.audit, 'concern.report_export', 'concern', { ...q });
      const data = await concernQuarterReport(db(), q, { paths, today, timeZone, lang: ctx.lang });
      const body = new PassThrough();
      body.end(data);
      // "意见建议季度进展-2026Q4-<export date>.xlsx"
      const base = `${ctx.lang === 'zh-CN' ? '意见建议季度进展' : 'concerns-quarterly'}-${q.year}Q${q.quarter}`;
      return sendXlsx(reply, base, body);
    },
  });

  r.get('/api/concerns/handlers', {
    config: { access: { permission: 'concerns.handle' } },
    schema: {
      querystring: z.strictObject({ departmentId: z.coerce.number().int().positive() }),
      response: { 200: z.array(z.object({ id: z.number().int(), name: z.string() })) },
    },
    handler: async (req) => {
      const { ctx, reach } = await concernScope(db(), req);
      const [dep] = await db().select({ path: units.path }).from(units).where(eq(units.id, req.query.departmentId));
      if (!dep || !(pathInScope(dep.path, ctx.actor.scopePaths) || pathInScope(dep.path, reach))) throw notFound();
      return handlersOf(db(), dep.path);
    },
  });

  r.get('/api/concerns/:id', {
    config: { access: { permission: 'concerns.read' } },
    schema: { params: idParam, response: { 200: concernDetailSchema } },
    handler: async (req) => {
      const { ctx, reach, today } = await concernScope(db(), req);
      const row = await loadConcernIn(db(), ctx.actor, reach, req.params.id);
      return concernDetail(db(), ctx.actor, reach, row, ctx.lang, today);
    },
  });

  r.post('/api/concerns', {
    config: { access: { permission: 'concerns.raise' } },
    schema: { body: raiseConcernBody, response: { 201: concernDetailSchema } },
    handler: async (req, reply) => {
      const { ctx, reach, today } = await concernScope(db(), req);
      const id = await db().transaction((tx) => raiseConcern(tx, ctx, req.body, reach, today));
      const row = await loadConcernIn(db(), ctx.actor, reach, id);
      return reply.status(201).send(await concernDetail(db(), ctx.actor, reach, row, ctx.lang, today));
    },
  });

  // Which step a caller may take is the workflow's to say (policy.ts); the route only admits those who act.
  r.post('/api/concerns/:id/transitions', {
    config: { access: { permission: 'concerns.act' } },
    schema: { params: idParam, body: concernTransitionBody, response: { 200: concernDetailSchema } },
    handler: async (req) => {
      const { ctx, reach, today } = await concernScope(db(), req);
      await db().transaction((tx) => transitionConcern(tx, ctx, req.params.id, req.body, reach, today));
      const row = await loadConcernIn(db(), ctx.actor, reach, req.params.id, { justActed: true });
      return concernDetail(db(), ctx.actor, reach, row, ctx.lang, today);
    },
  });

  r.post('/api/concerns/:id/attachments', {
    config: { access: { permission: 'concerns.act' } },
    schema: {
      params: idParam,
      headers: z.object({ 'x-file-name': z.string().min(1).max(600) }).loose(),
      response: { 201: concernAttachmentSchema },
    },
    handler: async (req, reply) => {
      const { ctx, reach } = await concernScope(db(), req);
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = decodeURIComponent(req.headers['x-file-name'] as string);
      const a = await db().transaction((tx) =>
        addConcernAttachment(tx, ctx, app.storage, req.params.id, { data, name }, reach),
      );
      return reply.status(201).send({
        id: a.id,
        fileName: a.fileName,
        mimeType: a.mimeType,
        sizeBytes: a.sizeBytes,
        createdAt: a.createdAt.toISOString(),
      });
    },
  });

  r.get('/api/concerns/:id/attachments/:attachmentId', {
    config: { access: { permission: 'concerns.read' } },
    schema: {
      params: z.strictObject({
        id: z.coerce.number().int().positive(),
        attachmentId: z.coerce.number().int().positive(),
      }),
    },
    handler: async (req, reply) => {
      const { ctx, reach } = await concernScope(db(), req);
      const a = await loadConcernAttachment(db(), ctx, reach, req.params.id, req.params.attachmentId);
      return sendAttachment(reply, app.storage, a);
    },
  });
}
