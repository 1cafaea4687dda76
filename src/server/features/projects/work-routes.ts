import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParam, okSchema } from '../../../contracts/common.ts';
import {
  createCommentBody,
  createMilestoneBody,
  createProgressBody,
  createReadingBody,
  deleteMilestoneQuery,
  dossierSchema,
  exemplaryBody,
  milestoneSchema,
  progressAttachmentSchema,
  projectDetail,
  projectRankingSchema,
  updateMilestoneBody,
} from '../../../contracts/project-work.ts';
import { createdSchema } from '../../../contracts/projects.ts';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { acceptRawUploads, sendAttachment } from '../../platform/uploads.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { createComment } from './comments.ts';
import { readDossier } from './dossier.ts';
import { putExemplary } from './exemplary.ts';
import { createMilestone, deleteMilestone, updateMilestone } from './milestones.ts';
import { createProgress } from './progress.ts';
import { addProgressAttachment, loadProgressAttachment } from './progress-attachments.ts';
import { readProject } from './project-read.ts';
import { readRanking } from './ranking.ts';
import { projectRankingXlsx, rankingExportName } from './ranking-export.ts';
import { createReading } from './readings.ts';
import { contextAndToday } from './today.ts';

/** A project's detail, implementation (milestones, progress with files, readings), comments, dossier, ranking and exemplary marks. */
export async function projectWorkRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'projects.read' as const } };
  const propose = { access: { permission: 'projects.propose' as const } };
  const review = { access: { permission: 'projects.review' as const } };
  const manage = { access: { permission: 'projects.manage' as const } };
  acceptRawUploads(app, RECORD_LIMITS.attachmentBytes);
  const scope = (req: FastifyRequest) => contextAndToday(db(), req);

  r.get('/api/projects/:id', {
    config: read,
    schema: { params: idParam, response: { 200: projectDetail } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return readProject(db(), ctx.actor, req.params.id, { today });
    },
  });

  r.post('/api/projects/:id/milestones', {
    config: propose,
    schema: { params: idParam, body: createMilestoneBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const id = await db().transaction((tx) => createMilestone(tx, ctx, req.params.id, req.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/project-milestones/:id', {
    config: propose,
    schema: { params: idParam, body: updateMilestoneBody, response: { 200: milestoneSchema } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return db().transaction((tx) => updateMilestone(tx, ctx, req.params.id, req.body, today));
    },
  });

  r.delete('/api/project-milestones/:id', {
    config: propose,
    schema: { params: idParam, querystring: deleteMilestoneQuery, response: { 200: okSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      await db().transaction((tx) => deleteMilestone(tx, ctx, req.params.id, req.query.version));
      return { ok: true as const };
    },
  });

  r.post('/api/projects/:id/progress', {
    config: propose,
    schema: { params: idParam, body: createProgressBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx, today } = await scope(req);
      const id = await db().transaction((tx) => createProgress(tx, ctx, req.params.id, req.body, today));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/project-progress/:id/attachments', {
    config: propose,
    schema: {
      params: idParam,
      headers: z.object({ 'x-file-name': z.string().min(1).max(600) }).loose(),
      response: { 201: progressAttachmentSchema },
    },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = decodeURIComponent(req.headers['x-file-name'] as string);
      const a = await db().transaction((tx) =>
        addProgressAttachment(tx, ctx, app.storage, req.params.id, { data, name }),
      );
      return reply.status(201).send({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes });
    },
  });

  r.get('/api/project-progress-attachments/:id', {
    config: read,
    schema: { params: idParam },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const a = await loadProgressAttachment(db(), ctx.actor, req.params.id);
      return sendAttachment(reply, app.storage, a);
    },
  });

  r.post('/api/project-targets/:id/readings', {
    config: propose,
    schema: { params: idParam, body: createReadingBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx, today } = await scope(req);
      const id = await db().transaction((tx) => createReading(tx, ctx, req.params.id, req.body, today));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/projects/:id/comments', {
    config: review,
    schema: { params: idParam, body: createCommentBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const id = await db().transaction((tx) => createComment(tx, ctx, req.params.id, req.body));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/projects/:id/dossier', {
    config: read,
    schema: { params: idParam, response: { 200: dossierSchema } },
    handler: async (req) => {
      const { ctx, today, timeZone } = await scope(req);
      return readDossier(db(), ctx.actor, req.params.id, { today, timeZone });
    },
  });

  r.get('/api/project-campaigns/:id/ranking', {
    config: read,
    schema: { params: idParam, response: { 200: projectRankingSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      return readRanking(db(), ctx.actor, req.params.id);
    },
  });

  r.get('/api/project-campaigns/:id/ranking/export', {
    config: read,
    schema: { params: idParam },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const ranking = await readRanking(db(), ctx.actor, req.params.id);
      await auditExport(db(), ctx.audit, 'project.ranking_export', 'project_campaign', { id: req.params.id });
      return sendXlsx(reply, rankingExportName(ctx.lang, ranking.campaign.name), projectRankingXlsx(ranking, ctx.lang));
    },
  });

  r.put('/api/projects/:id/exemplary', {
    config: manage,
    schema: { params: idParam, body: exemplaryBody, response: { 200: projectDetail } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return db().transaction((tx) => putExemplary(tx, ctx, req.params.id, req.body, { today }));
    },
  });
}
