import type { FastifyInstance } from 'fastify';
import {
  admonitionSchema,
  committeeListQuery,
  committeeMeetingPage,
  committeeMeetingSchema,
  createAdmonitionBody,
  createCommitteeMeetingBody,
  createExemplarBody,
  exemplarSchema,
  followUpQuery,
  followUpSchema,
} from '../../../contracts/concern-followup.ts';
import { typed } from '../../platform/route.ts';
import { createCommitteeMeeting, listCommitteeMeetings } from './committee.ts';
import { concernScope, pathsUnder } from './context.ts';
import { createAdmonition, createExemplar, followUpOf } from './followup.ts';

/** Committee meetings on tier-3 concerns, exemplars and admonitions (跟踪问效). */
export async function concernFollowUpRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const manage = { access: { permission: 'concerns.manage' as const } };
  const read = { access: { permission: 'concerns.read' as const } };

  r.get('/api/committee-meetings', {
    config: read,
    schema: { querystring: committeeListQuery, response: { 200: committeeMeetingPage } },
    handler: async (req) => {
      const { ctx, reach } = await concernScope(db(), req);
      const [unitPath] = req.query.unitId ? await pathsUnder(db(), reach, req.query.unitId) : [];
      return listCommitteeMeetings(db(), ctx.actor, { ...req.query, ...(unitPath ? { unitPath } : {}) });
    },
  });
  r.post('/api/committee-meetings', {
    config: manage,
    schema: { body: createCommitteeMeetingBody, response: { 201: committeeMeetingSchema } },
    handler: async (req, reply) => {
      const { ctx, reach, today } = await concernScope(db(), req);
      const id = await db().transaction((tx) => createCommitteeMeeting(tx, ctx, req.body, reach, today));
      const page = await listCommitteeMeetings(db(), ctx.actor, { page: 1, pageSize: 1, id });
      return reply.status(201).send(page.items[0]!);
    },
  });

  r.get('/api/concern-followup', {
    config: read,
    schema: { querystring: followUpQuery, response: { 200: followUpSchema } },
    handler: async (req) => {
      const { ctx, reach, timeZone } = await concernScope(db(), req);
      const [unitPath] = req.query.unitId ? await pathsUnder(db(), reach, req.query.unitId) : [];
      return followUpOf(
        db(),
        ctx.actor,
        { ...(unitPath ? { unitPath } : {}), ...(req.query.year ? { year: req.query.year } : {}) },
        timeZone,
      );
    },
  });
  r.post('/api/exemplars', {
    config: manage,
    schema: { body: createExemplarBody, response: { 201: exemplarSchema } },
    handler: async (req, reply) => {
      const { ctx, reach, timeZone } = await concernScope(db(), req);
      const id = await db().transaction((tx) => createExemplar(tx, ctx, req.body, reach));
      const one = await followUpOf(db(), ctx.actor, { exemplarId: id }, timeZone);
      return reply.status(201).send(one.exemplars[0]!);
    },
  });
  r.post('/api/admonitions', {
    config: manage,
    schema: { body: createAdmonitionBody, response: { 201: admonitionSchema } },
    handler: async (req, reply) => {
      const { ctx, reach, timeZone } = await concernScope(db(), req);
      const id = await db().transaction((tx) => createAdmonition(tx, ctx, req.body, reach));
      const one = await followUpOf(db(), ctx.actor, { admonitionId: id }, timeZone);
      return reply.status(201).send(one.admonitions[0]!);
    },
  });
}
