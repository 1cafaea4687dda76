import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParam, okSchema } from '../../../contracts/common.ts';
import {
  attachmentParams,
  attachmentSchema,
  createRecordBody,
  RECORD_LIMITS,
  recordDetailSchema,
  recordListQuery,
  recordPage,
  updateRecordBody,
} from '../../../contracts/records.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { acceptRawUploads, sendAttachment } from '../../platform/uploads.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { dayAfter, localDate, zonedMidnight } from '../compliance/periods.ts';
import { recordPaths, unitPathWithin } from './access.ts';
import { addAttachment, loadAttachment, removeAttachment } from './attachments.ts';
import { createRecord } from './create.ts';
import { listRecords, loadRecordIn, recordDetail } from './queries.ts';
import { updateRecord } from './update.ts';

export async function recordRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  acceptRawUploads(app, RECORD_LIMITS.attachmentBytes);

  /** Settings, the caller's reach and today's date, which every record route needs. */
  async function scope(req: FastifyRequest) {
    const ctx = serviceContext(req);
    const { value: settings } = await readRecordSettings(db());
    const today = localDate(new Date(), settings.timeZone);
    return { ctx, settings, paths: await recordPaths(db(), ctx.actor, today) };
  }

  r.get('/api/records', {
    config: { access: { permission: 'records.read' } },
    schema: { querystring: recordListQuery, response: { 200: recordPage } },
    handler: async (req) => {
      const { ctx, settings, paths } = await scope(req);
      const q = req.query;
      const within = q.unitId ? [await unitPathWithin(db(), paths, q.unitId)] : paths;
      const window = {
        ...(q.from ? { from: zonedMidnight(q.from, settings.timeZone) } : {}),
        ...(q.to ? { to: zonedMidnight(dayAfter(q.to), settings.timeZone) } : {}),
      };
      return listRecords(db(), ctx.actor, within, q, window, settings.editWindowDays);
    },
  });

  r.get('/api/records/:id', {
    config: { access: { permission: 'records.read' } },
    schema: { params: idParam, response: { 200: recordDetailSchema } },
    handler: async (req) => {
      const { ctx, settings, paths } = await scope(req);
      const row = await loadRecordIn(db(), paths, req.params.id);
      return recordDetail(db(), ctx.actor, row, settings.editWindowDays);
    },
  });

  r.post('/api/records', {
    config: { access: { permission: 'records.write' } },
    schema: { body: createRecordBody, response: { 201: recordDetailSchema } },
    handler: async (req, reply) => {
      const { ctx, settings, paths } = await scope(req);
      const id = await db().transaction((tx) => createRecord(tx, ctx, req.body, paths, settings.timeZone));
      const row = await loadRecordIn(db(), paths, id);
      return reply.status(201).send(await recordDetail(db(), ctx.actor, row, settings.editWindowDays));
    },
  });

  r.put('/api/records/:id', {
    config: { access: { permission: 'records.write' } },
    schema: { params: idParam, body: updateRecordBody, response: { 200: recordDetailSchema } },
    handler: async (req) => {
      const { ctx, settings, paths } = await scope(req);
      await db().transaction((tx) => updateRecord(tx, ctx, req.params.id, req.body, paths, settings));
      return recordDetail(db(), ctx.actor, await loadRecordIn(db(), paths, req.params.id), settings.editWindowDays);
    },
  });

  r.post('/api/records/:id/attachments', {
    config: { access: { permission: 'records.write' } },
    schema: {
      params: idParam,
      headers: z.object({ 'x-file-name': z.string().min(1).max(600) }).loose(),
      response: { 201: attachmentSchema },
    },
    handler: async (req, reply) => {
      const { ctx, settings, paths } = await scope(req);
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = decodeURIComponent(req.headers['x-file-name'] as string);
      const row = await db().transaction((tx) =>
        addAttachment(tx, ctx, app.storage, req.params.id, { data, name }, paths, settings.editWindowDays),
      );
      return reply.status(201).send({
        id: row.id,
        fileName: row.fileName,
        mimeType: row.mimeType,
        sizeBytes: row.sizeBytes,
        createdAt: row.createdAt.toISOString(),
      });
    },
  });

  r.get('/api/records/:id/attachments/:attachmentId', {
    config: { access: { permission: 'records.read' } },
    schema: { params: attachmentParams },
    handler: async (req, reply) => {
      const { paths } = await scope(req);
      const a = await loadAttachment(db(), paths, req.params.id, req.params.attachmentId);
      return sendAttachment(reply, app.storage, a);
    },
  });

  r.delete('/api/records/:id/attachments/:attachmentId', {
    config: { access: { permission: 'records.write' } },
    schema: { params: attachmentParams, response: { 200: okSchema } },
    handler: async (req) => {
      const { ctx, settings, paths } = await scope(req);
      const key = await db().transaction((tx) =>
        removeAttachment(tx, ctx, req.params.id, req.params.attachmentId, paths, settings.editWindowDays),
      );
      await app.storage.remove(key);
      return { ok: true as const };
    },
  });
}
