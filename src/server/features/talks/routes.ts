import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createdSchema, idParam } from '../../../contracts/common.ts';
import {
  clearFlagBody,
  coverageQuery,
  coverageSchema,
  createFlagBody,
  createTalkBody,
  dueListQuery,
  dueTalkList,
  flagList,
  flagListQuery,
  flagSchema,
  talkDetail,
  talkList,
  talkListQuery,
  talkSettingsBody,
  talkSettingsResponse,
  updateTalkBody,
} from '../../../contracts/talks.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { contextAndToday } from '../projects/today.ts';
import { readCoverage } from './coverage.ts';
import { coverageExportName, coverageXlsx } from './coverage-export.ts';
import { listDueTalks } from './due-talks.ts';
import { clearFlag, createFlag, listFlags } from './flags.ts';
import { readTalkSettings, writeTalkSettings } from './settings.ts';
import { listTalks, readTalk } from './talk-read.ts';
import { createTalk, updateTalk } from './talks.ts';

/** Heart-to-heart talks: records (confidential, audited on view), flags, due talks, settings, coverage. */
export async function talkRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'talks.read' as const } };
  const record = { access: { permission: 'talks.record' as const } };
  const confidential = { access: { permission: 'talks.read_confidential' as const } };
  const scope = (req: FastifyRequest) => contextAndToday(db(), req);

  r.get('/api/talks', {
    config: read,
    schema: { querystring: talkListQuery, response: { 200: talkList } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      return listTalks(db(), ctx.actor, req.query);
    },
  });

  r.post('/api/talks', {
    config: record,
    schema: { body: createTalkBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx, today } = await scope(req);
      const id = await db().transaction((tx) => createTalk(tx, ctx, req.body, today));
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/talks/due', {
    config: read,
    schema: { querystring: dueListQuery, response: { 200: dueTalkList } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return listDueTalks(db(), ctx.actor, req.query, today);
    },
  });

  r.get('/api/talks/flags', {
    config: read,
    schema: { querystring: flagListQuery, response: { 200: flagList } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      return listFlags(db(), ctx.actor, req.query.personId);
    },
  });

  r.post('/api/talks/flags', {
    config: record,
    schema: { body: createFlagBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx, today } = await scope(req);
      const id = await db().transaction((tx) => createFlag(tx, ctx, req.body, today));
      return reply.status(201).send({ id });
    },
  });

  r.post('/api/talks/flags/:id/clear', {
    config: record,
    schema: { params: idParam, body: clearFlagBody, response: { 200: flagSchema } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return db().transaction((tx) => clearFlag(tx, ctx, req.params.id, req.body, today));
    },
  });

  r.get('/api/talks/settings', {
    config: read,
    schema: { response: { 200: talkSettingsResponse } },
    handler: async () => {
      const { value, version } = await readTalkSettings(db());
      return { ...value, version };
    },
  });

  r.put('/api/talks/settings', {
    config: confidential,
    schema: { body: talkSettingsBody, response: { 200: talkSettingsResponse } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      return db().transaction((tx) => writeTalkSettings(tx, ctx, req.body));
    },
  });

  r.get('/api/talks/coverage', {
    config: read,
    schema: { querystring: coverageQuery, response: { 200: coverageSchema } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return readCoverage(db(), ctx.actor, req.query, today);
    },
  });

  r.get('/api/talks/coverage/export', {
    config: read,
    schema: { querystring: coverageQuery },
    handler: async (req, reply) => {
      const { ctx, today } = await scope(req);
      const coverage = await readCoverage(db(), ctx.actor, req.query, today);
      await auditExport(db(), ctx.audit, 'talk.coverage_export', 'talk_coverage', {
        year: coverage.year,
        unitId: coverage.unit.id,
        rows: coverage.rows.length,
      });
      return sendXlsx(reply, coverageExportName(ctx.lang, coverage), coverageXlsx(coverage, ctx.lang));
    },
  });

  r.get('/api/talks/:id', {
    config: read,
    schema: { params: idParam, response: { 200: talkDetail } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      return db().transaction((tx) => readTalk(tx, ctx, req.params.id));
    },
  });

  r.put('/api/talks/:id', {
    config: record,
    schema: { params: idParam, body: updateTalkBody, response: { 200: talkDetail } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return db().transaction((tx) => updateTalk(tx, ctx, req.params.id, req.body, today));
    },
  });
}
