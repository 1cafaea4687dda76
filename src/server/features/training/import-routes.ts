import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { IMPORT_LIMITS } from '../../../contracts/imports.ts';
import {
  onlineHoursList,
  onlineHoursQuery,
  trainingImportQuery,
  trainingImportResult,
} from '../../../contracts/training.ts';
import { auditExport } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { typed } from '../../platform/route.ts';
import { readUpload, UPLOAD_TYPES } from '../imports/upload.ts';
import { contextAndToday } from '../projects/today.ts';
import { listOnlineHours, onlineTemplate } from './online-hours.ts';
import { importOnlineHours } from './online-import.ts';
import { importSignIn } from './sign-in-import.ts';
import { signInTemplate } from './sign-in-sheet.ts';

const XLSX = UPLOAD_TYPES[0]!;
const CSV_TYPES = ['text/csv', 'application/csv'];
const fileBody = z.unknown().meta({
  type: 'string',
  format: 'binary',
  description: `The .xlsx (or, for online hours, UTF-8 .csv) file as the request body (at most ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB)`,
});
const attachment = (name: string) =>
  `attachment; filename="training.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Sign-in sheets and online-course hours: templates, dry-run / commit imports, the online hours list. */
export async function trainingImportRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'training.read' as const } };
  const manage = { access: { permission: 'training.manage' as const } };
  for (const type of [...UPLOAD_TYPES, ...CSV_TYPES]) {
    app.addContentTypeParser(type, (_req, payload, done) => {
      readUpload(payload).then(
        (body) => done(null, body),
        (err: Error) => done(err, undefined),
      );
    });
  }

  r.get('/api/training/sessions/:id/sign-in-template', {
    config: manage,
    schema: { params: idParam, summary: "The session's sign-in sheet, listing its enrolled people" },
    handler: async (req, reply) => {
      const { ctx } = await contextAndToday(db(), req);
      const { session, body } = await signInTemplate(db(), ctx.actor, req.params.id);
      await auditExport(db(), ctx.audit, 'training.sign_in_template', 'training_session', { sessionId: session.id });
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`${session.title}-签到表.xlsx`))
        .send(body);
    },
  });
  r.post('/api/training/sessions/:id/sign-in', {
    config: manage,
    schema: {
      params: idParam,
      querystring: trainingImportQuery,
      body: fileBody,
      consumes: UPLOAD_TYPES,
      summary: 'Check (dry_run) or import (commit) a signed sign-in sheet; all or nothing',
      response: { 200: trainingImportResult },
    },
    handler: async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('IMPORT_NOT_XLSX');
      const { ctx, today } = await contextAndToday(db(), req);
      const body = req.body;
      return db().transaction((tx) => importSignIn(tx, ctx, req.params.id, req.query.mode, body, today));
    },
  });
  r.get('/api/training/online-hours', {
    config: read,
    schema: { querystring: onlineHoursQuery, response: { 200: onlineHoursList } },
    handler: async (req) => listOnlineHours(db(), (await contextAndToday(db(), req)).ctx.actor, req.query),
  });
  r.get('/api/training/online-hours/template', {
    config: manage,
    schema: { summary: 'The blank online-course hours workbook' },
    handler: async (_req, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('线上学时导入模板.xlsx'))
        .send(await onlineTemplate()),
  });
  r.post('/api/training/online-hours/import', {
    config: manage,
    schema: {
      querystring: trainingImportQuery,
      body: fileBody,
      consumes: [...UPLOAD_TYPES, ...CSV_TYPES],
      summary: 'Check (dry_run) or import (commit) online-course hours from xlsx or CSV; all or nothing',
      response: { 200: trainingImportResult },
    },
    handler: async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('IMPORT_NOT_XLSX');
      const { ctx, today } = await contextAndToday(db(), req);
      const csv = CSV_TYPES.includes(
        String(req.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim()
          .toLowerCase(),
      );
      const data = req.body;
      return db().transaction((tx) => importOnlineHours(tx, ctx, req.query.mode, { data, csv }, today));
    },
  });
}
