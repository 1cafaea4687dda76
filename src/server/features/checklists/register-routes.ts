import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  commentMonthlyReportBody,
  createEntryBody,
  createInspectionBody,
  entryAttachmentSchema,
  entrySchema,
  inspectionDetailSchema,
  inspectionSummarySchema,
  inspectionsQuery,
  monthlyReportListSchema,
  monthlyReportSchema,
  monthlyReportsQuery,
  putMonthlyReportBody,
  rectificationSchema,
  rectificationsQuery,
  rectifiedBody,
  registerParams,
  registerSchema,
  unitMonthsQuery,
  unitMonthsSchema,
} from '../../../contracts/checklist-register.ts';
import { idParam, okSchema } from '../../../contracts/common.ts';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import { typed } from '../../platform/route.ts';
import { acceptRawUploads, sendAttachment } from '../../platform/uploads.ts';
import { localDate } from '../compliance/periods.ts';
import { createEntry, deleteEntry } from './entries.ts';
import { addEntryAttachment, loadEntryAttachment } from './entry-attachments.ts';
import { createInspection, inspectionDetail, listInspections } from './inspections.ts';
import { commentMonthlyReport, monthlyReports, putMonthlyReport, reportById, unitMonths } from './monthly-reports.ts';
import { closeRectification, listRectifications } from './rectifications.ts';
import { registerScope } from './register-context.ts';
import { readRegister } from './register-read.ts';

/** The completion register, monthly reports, quarterly inspections and rectifications. */
export async function checklistRegisterRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'checklists.read' as const } };
  const register = { access: { permission: 'checklists.register' as const } };
  acceptRawUploads(app, RECORD_LIMITS.attachmentBytes);
  const scope = (req: Parameters<typeof registerScope>[1]) => registerScope(db(), req);

  r.get('/api/checklist-assignments/:id/items/:itemId/register', {
    config: read,
    schema: { params: registerParams, response: { 200: registerSchema } },
    handler: async (req) => {
      const { ctx, timeZone, today } = await scope(req);
      return readRegister(db(), ctx.actor, req.params.id, req.params.itemId, { timeZone, today });
    },
  });

  r.post('/api/checklist-entries', {
    config: register,
    schema: { body: createEntryBody, response: { 201: entrySchema } },
    handler: async (req, reply) => {
      const { ctx, timeZone, today } = await scope(req);
      const id = await db().transaction((tx) => createEntry(tx, ctx, req.body, today));
      const one = await readRegister(db(), ctx.actor, req.body.assignmentId, req.body.itemId, { timeZone, today }, id);
      return reply.status(201).send(one.entries[0]!);
    },
  });

  r.delete('/api/checklist-entries/:id', {
    config: register,
    schema: { params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      const { ctx, timeZone, today } = await scope(req);
      const dateOf = (d: Date) => localDate(d, timeZone);
      const keys = await db().transaction((tx) => deleteEntry(tx, ctx, req.params.id, today, dateOf));
      for (const key of keys) await app.storage.remove(key);
      return { ok: true as const };
    },
  });

  r.post('/api/checklist-entries/:id/attachments', {
    config: register,
    schema: {
      params: idParam,
      headers: z.object({ 'x-file-name': z.string().min(1).max(600) }).loose(),
      response: { 201: entryAttachmentSchema },
    },
    handler: async (req, reply) => {
      const { ctx, timeZone, today } = await scope(req);
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = decodeURIComponent(req.headers['x-file-name'] as string);
      const dateOf = (d: Date) => localDate(d, timeZone);
      const a = await db().transaction((tx) =>
        addEntryAttachment(tx, ctx, app.storage, req.params.id, { data, name }, today, dateOf),
      );
      return reply.status(201).send({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes });
    },
  });

  r.get('/api/checklist-entry-attachments/:id', {
    config: read,
    schema: { params: idParam },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const a = await loadEntryAttachment(db(), ctx.actor, req.params.id);
      return sendAttachment(reply, app.storage, a);
    },
  });

  r.get('/api/checklist-monthly-reports', {
    config: read,
    schema: { querystring: monthlyReportsQuery, response: { 200: monthlyReportListSchema } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return monthlyReports(db(), ctx.actor, req.query, today);
    },
  });

  r.get('/api/checklist-assignments/:id/monthly-reports', {
    config: read,
    schema: { params: idParam, querystring: unitMonthsQuery, response: { 200: unitMonthsSchema } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return unitMonths(db(), ctx.actor, req.params.id, today);
    },
  });

  r.put('/api/checklist-monthly-reports', {
    config: register,
    schema: { body: putMonthlyReportBody, response: { 200: monthlyReportSchema } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      const id = await db().transaction((tx) => putMonthlyReport(tx, ctx, req.body, today));
      return reportById(db(), id);
    },
  });

  r.post('/api/checklist-monthly-reports/:id/comment', {
    config: { access: { permission: 'checklists.review' } },
    schema: { params: idParam, body: commentMonthlyReportBody, response: { 200: monthlyReportSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      await db().transaction((tx) => commentMonthlyReport(tx, ctx, req.params.id, req.body));
      return reportById(db(), req.params.id);
    },
  });

  r.get('/api/checklist-inspections', {
    config: read,
    schema: { querystring: inspectionsQuery, response: { 200: z.array(inspectionSummarySchema) } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      return listInspections(db(), ctx.actor, req.query);
    },
  });

  r.get('/api/checklist-inspections/:id', {
    config: read,
    schema: { params: idParam, response: { 200: inspectionDetailSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      return inspectionDetail(db(), ctx.actor, req.params.id);
    },
  });

  r.post('/api/checklist-inspections', {
    config: { access: { permission: 'checklists.inspect' } },
    schema: { body: createInspectionBody, response: { 201: inspectionDetailSchema } },
    handler: async (req, reply) => {
      const { ctx, today } = await scope(req);
      const id = await db().transaction((tx) => createInspection(tx, ctx, req.body, today));
      return reply.status(201).send(await inspectionDetail(db(), ctx.actor, id));
    },
  });

  r.get('/api/checklist-rectifications', {
    config: read,
    schema: { querystring: rectificationsQuery, response: { 200: z.array(rectificationSchema) } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      const open = req.query.open === undefined ? undefined : req.query.open === 'true';
      return listRectifications(db(), ctx.actor, { templateId: req.query.templateId, open }, today);
    },
  });

  /** checklists.register covers every role that inspects (party_admin, supervisor). */
  r.post('/api/checklist-findings/:id/rectified', {
    config: register,
    schema: { params: idParam, body: rectifiedBody, response: { 200: rectificationSchema } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      await db().transaction((tx) => closeRectification(tx, ctx, req.params.id, req.body, today));
      const [one] = await listRectifications(db(), ctx.actor, { findingId: req.params.id }, today);
      return one!;
    },
  });
}
