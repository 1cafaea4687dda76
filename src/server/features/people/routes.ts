import type { FastifyInstance } from 'fastify';
import { idParam } from '../../../contracts/common.ts';
import {
  createPersonBody,
  personDetailSchema,
  personExportQuery,
  personListQuery,
  personPage,
  personSchema,
  revealQuery,
  transferBody,
  updatePersonBody,
} from '../../../contracts/people.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { personRow, registryXlsx } from '../registry/sheet-rows.ts';
import { subtreePaths } from '../units/queries.ts';
import { createPerson } from './create.ts';
import { getPersonDetail } from './detail.ts';
import { listPeople, personBatches } from './queries.ts';
import { auditReveal, wantsReveal } from './reveal.ts';
import { transferPerson } from './transfer.ts';
import { updatePerson } from './update.ts';

export async function peopleRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/people', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: personListQuery, response: { 200: personPage } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const reveal = await wantsReveal(req, ctx, req.query.reveal);
      const page = await listPeople(db(), ctx.actor, ctx.cipher, req.query, reveal);
      if (reveal)
        await auditReveal(
          req,
          ctx,
          page.items.map((p) => p.id),
          'list',
        );
      return page;
    },
  });

  r.get('/api/people/export', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: personExportQuery },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const reveal = await wantsReveal(req, ctx, req.query.reveal);
      const paths = await subtreePaths(db(), ctx.actor, req.query.unitId);
      await auditExport(db(), ctx.audit, 'person.export', 'person', { filters: req.query, revealed: reveal });
      async function* rows() {
        for await (const batch of personBatches(db(), paths, ctx.cipher, req.query, reveal)) yield batch.map(personRow);
      }
      return sendXlsx(reply, '人员名单', registryXlsx('people', rows()));
    },
  });

  r.get('/api/people/:id', {
    config: { access: { permission: 'registry.read' } },
    schema: { params: idParam, querystring: revealQuery, response: { 200: personDetailSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const reveal = await wantsReveal(req, ctx, req.query.reveal);
      const person = await getPersonDetail(db(), ctx, req.params.id, reveal);
      if (reveal) await auditReveal(req, ctx, [person.id], 'detail');
      return person;
    },
  });

  r.post('/api/people', {
    config: { access: { permission: 'registry.manage' } },
    schema: { body: createPersonBody, response: { 201: personSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send(await db().transaction((tx) => createPerson(tx, ctx, req.body)));
    },
  });

  r.put('/api/people/:id', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: idParam, body: updatePersonBody, response: { 200: personSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => updatePerson(tx, ctx, req.params.id, req.body));
    },
  });

  r.post('/api/people/:id/transfer', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: idParam, body: transferBody, response: { 200: personSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => transferPerson(tx, ctx, req.params.id, req.body));
    },
  });
}
