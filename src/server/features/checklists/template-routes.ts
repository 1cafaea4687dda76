import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  addAssignmentsBody,
  checklistTemplateDetail,
  checklistTemplateList,
  copyTemplateBody,
  createTemplateBody,
  templateImportQuery,
  templateImportResult,
  templateListQuery,
  updateAssignmentBody,
  updateTemplateBody,
  versionQuery,
} from '../../../contracts/checklists.ts';
import { idParam, okSchema } from '../../../contracts/common.ts';
import { IMPORT_LIMITS } from '../../../contracts/imports.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { typed } from '../../platform/route.ts';
import { readUpload, UPLOAD_TYPES } from '../imports/upload.ts';
import { addAssignments, deleteAssignment, updateAssignment } from './assignments.ts';
import { copyTemplate } from './template-copy.ts';
import { importTemplate } from './template-import.ts';
import { listTemplates, templateDetail } from './template-read.ts';
import { blankWorkbook, exportWorkbook } from './template-xlsx.ts';
import { createTemplate, updateTemplate } from './templates.ts';

const XLSX = UPLOAD_TYPES[0]!;
const workbookBody = z.unknown().meta({
  type: 'string',
  format: 'binary',
  description: `The .xlsx file as the request body (at most ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB)`,
});

function sendFile(reply: FastifyReply, name: string, body: Buffer) {
  return reply
    .header('content-type', XLSX)
    .header(
      'content-disposition',
      `attachment; filename="checklist.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(body);
}

/** Checklist templates (areas → items), copying a year, xlsx import/export, and assignments. */
export async function checklistTemplateRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'checklists.read' as const } };
  const manage = { access: { permission: 'checklists.manage' as const } };
  // Only inside this plugin: the import takes the workbook as the raw body, up to the import limit.
  for (const type of UPLOAD_TYPES) {
    app.addContentTypeParser(type, (_req, payload, done) => {
      readUpload(payload).then(
        (body) => done(null, body),
        (err: Error) => done(err, undefined),
      );
    });
  }

  r.get('/api/checklist-templates', {
    config: read,
    schema: { querystring: templateListQuery, response: { 200: checklistTemplateList } },
    handler: async (req) => listTemplates(db(), serviceContext(req).actor, req.query),
  });
  r.get('/api/checklist-templates/import-template', {
    config: manage,
    schema: { summary: 'The blank checklist template workbook (with its guide sheet and drop-downs)' },
    handler: async (_req, reply) => sendFile(reply, '责任清单导入模板.xlsx', await blankWorkbook()),
  });
  r.post('/api/checklist-templates/import', {
    config: manage,
    schema: {
      querystring: templateImportQuery,
      body: workbookBody,
      consumes: UPLOAD_TYPES,
      summary: 'Check (dry_run) or import (commit) a checklist template sheet; all or nothing',
      response: { 200: templateImportResult },
    },
    handler: async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('IMPORT_NOT_XLSX');
      const ctx = serviceContext(req);
      const body = req.body;
      return db().transaction((tx) => importTemplate(tx, ctx, req.query, body));
    },
  });
  r.get('/api/checklist-templates/:id', {
    config: read,
    schema: { params: idParam, response: { 200: checklistTemplateDetail } },
    handler: async (req) => templateDetail(db(), serviceContext(req).actor, req.params.id),
  });
  r.get('/api/checklist-templates/:id/export', {
    config: read,
    schema: { params: idParam, summary: 'The template as xlsx (imports back into the same content)' },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const t = await templateDetail(db(), ctx.actor, req.params.id);
      await auditExport(db(), ctx.audit, 'checklist.template_export', 'checklist_template', {
        templateId: t.id,
        items: t.areas.reduce((s, a) => s + a.items.length, 0),
      });
      return sendFile(reply, `${t.year}-${t.name}.xlsx`, await exportWorkbook(t));
    },
  });
  r.post('/api/checklist-templates', {
    config: manage,
    schema: { body: createTemplateBody, response: { 201: checklistTemplateDetail } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => createTemplate(tx, ctx, req.body));
      return reply.status(201).send(await templateDetail(db(), ctx.actor, id));
    },
  });
  r.put('/api/checklist-templates/:id', {
    config: manage,
    schema: { params: idParam, body: updateTemplateBody, response: { 200: checklistTemplateDetail } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => updateTemplate(tx, ctx, req.params.id, req.body));
      return templateDetail(db(), ctx.actor, req.params.id);
    },
  });
  r.post('/api/checklist-templates/:id/copy', {
    config: manage,
    schema: { params: idParam, body: copyTemplateBody, response: { 201: checklistTemplateDetail } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => copyTemplate(tx, ctx, req.params.id, req.body));
      return reply.status(201).send(await templateDetail(db(), ctx.actor, id));
    },
  });
  r.post('/api/checklist-templates/:id/assignments', {
    config: manage,
    schema: { params: idParam, body: addAssignmentsBody, response: { 201: checklistTemplateDetail } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => addAssignments(tx, ctx, req.params.id, req.body));
      return reply.status(201).send(await templateDetail(db(), ctx.actor, req.params.id));
    },
  });
  r.patch('/api/checklist-assignments/:id', {
    config: manage,
    schema: { params: idParam, body: updateAssignmentBody, response: { 200: okSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => updateAssignment(tx, ctx, req.params.id, req.body));
      return { ok: true as const };
    },
  });
  r.delete('/api/checklist-assignments/:id', {
    config: manage,
    schema: { params: idParam, querystring: versionQuery, response: { 200: okSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => deleteAssignment(tx, ctx, req.params.id, req.query.version));
      return { ok: true as const };
    },
  });
}
