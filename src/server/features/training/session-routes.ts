import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createdSchema, idParam, okSchema } from '../../../contracts/common.ts';
import {
  attendanceBody,
  createProgramBody,
  createSessionBody,
  enrolmentList,
  inviteBody,
  inviteResult,
  programList,
  programListQuery,
  programSchema,
  sessionDetail,
  sessionList,
  sessionListQuery,
  updateProgramBody,
  updateSessionBody,
} from '../../../contracts/training.ts';
import { typed } from '../../platform/route.ts';
import { contextAndToday } from '../projects/today.ts';
import { recordAttendance } from './attendance.ts';
import { listEnrolments, removeEnrolment } from './enrolments.ts';
import { trainingFileRoutes } from './file-routes.ts';
import { invite } from './invite.ts';
import { createProgram, deleteProgram, listPrograms, readProgram, updateProgram } from './programs.ts';
import { listSessions, readSession } from './session-read.ts';
import { createSession, deleteSession, updateSession } from './sessions.ts';

const versionQuery = z.strictObject({ version: z.coerce.number().int().positive() });
const enrolmentParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  personId: z.coerce.number().int().positive(),
});

/** Training programs, sessions, invitations and attendance; files and imports in their own plugin (file-routes.ts). */
export async function trainingSessionRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'training.read' as const } };
  const manage = { access: { permission: 'training.manage' as const } };
  const scope = (req: Parameters<typeof contextAndToday>[1]) => contextAndToday(db(), req);
  await app.register(trainingFileRoutes);

  r.get('/api/training/programs', {
    config: read,
    schema: { querystring: programListQuery, response: { 200: programList } },
    handler: async (req) => listPrograms(db(), (await scope(req)).ctx.actor, req.query),
  });
  r.post('/api/training/programs', {
    config: manage,
    schema: { body: createProgramBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const id = await db().transaction((tx) => createProgram(tx, ctx, req.body));
      return reply.status(201).send({ id });
    },
  });
  r.put('/api/training/programs/:id', {
    config: manage,
    schema: { params: idParam, body: updateProgramBody, response: { 200: programSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      await db().transaction((tx) => updateProgram(tx, ctx, req.params.id, req.body));
      return readProgram(db(), ctx.actor, req.params.id);
    },
  });
  r.delete('/api/training/programs/:id', {
    config: manage,
    schema: { params: idParam, querystring: versionQuery, response: { 200: okSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      await db().transaction((tx) => deleteProgram(tx, ctx, req.params.id, req.query.version));
      return { ok: true as const };
    },
  });

  r.get('/api/training/sessions', {
    config: read,
    schema: { querystring: sessionListQuery, response: { 200: sessionList } },
    handler: async (req) => listSessions(db(), (await scope(req)).ctx.actor, req.query),
  });
  r.post('/api/training/sessions', {
    config: manage,
    schema: { body: createSessionBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx } = await scope(req);
      const id = await db().transaction((tx) => createSession(tx, ctx, req.body));
      return reply.status(201).send({ id });
    },
  });
  r.get('/api/training/sessions/:id', {
    config: read,
    schema: { params: idParam, response: { 200: sessionDetail } },
    handler: async (req) => readSession(db(), (await scope(req)).ctx.actor, req.params.id),
  });
  r.put('/api/training/sessions/:id', {
    config: manage,
    schema: { params: idParam, body: updateSessionBody, response: { 200: sessionDetail } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      await db().transaction((tx) => updateSession(tx, ctx, req.params.id, req.body, today));
      return readSession(db(), ctx.actor, req.params.id);
    },
  });
  r.delete('/api/training/sessions/:id', {
    config: manage,
    schema: { params: idParam, querystring: versionQuery, response: { 200: okSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      await db().transaction((tx) => deleteSession(tx, ctx, req.params.id, req.query.version));
      return { ok: true as const };
    },
  });

  r.get('/api/training/sessions/:id/enrolments', {
    config: read,
    schema: { params: idParam, response: { 200: enrolmentList } },
    handler: async (req) => listEnrolments(db(), (await scope(req)).ctx.actor, req.params.id),
  });
  r.post('/api/training/sessions/:id/invite', {
    config: manage,
    schema: { params: idParam, body: inviteBody, response: { 200: inviteResult } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      return db().transaction((tx) => invite(tx, ctx, req.params.id, req.body, today));
    },
  });
  r.put('/api/training/sessions/:id/attendance', {
    config: manage,
    schema: { params: idParam, body: attendanceBody, response: { 200: enrolmentList } },
    handler: async (req) => {
      const { ctx, today } = await scope(req);
      await db().transaction((tx) => recordAttendance(tx, ctx, req.params.id, req.body.entries, today));
      return listEnrolments(db(), ctx.actor, req.params.id);
    },
  });
  r.delete('/api/training/sessions/:id/enrolments/:personId', {
    config: manage,
    schema: { params: enrolmentParams, response: { 200: okSchema } },
    handler: async (req) => {
      const { ctx } = await scope(req);
      await db().transaction((tx) => removeEnrolment(tx, ctx, req.params.id, req.params.personId));
      return { ok: true as const };
    },
  });
}
