import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, okSchema } from '../../../contracts/common.ts';
import {
  bulkPairingBody,
  coverageQuery,
  coverageSchema,
  createPairingBody,
  endPairingBody,
  pairingExportQuery,
  pairingListQuery,
  pairingPage,
  pairingSchema,
} from '../../../contracts/schemes.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { topPaths } from '../../platform/scope.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';
import { subtreePaths } from '../units/queries.ts';
import { bulkPair, createPairing, endPairing } from './commands.ts';
import { coverage } from './coverage.ts';
import { pairingsXlsx } from './export.ts';
import { listPairings, loadPairingIn, toPairing } from './queries.ts';

export async function pairingRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const today = async () => localDate(new Date(), (await readRecordSettings(db())).value.timeZone);

  r.get('/api/pairings', {
    config: { access: { permission: 'pairings.read' } },
    schema: { querystring: pairingListQuery, response: { 200: pairingPage } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return listPairings(db(), await subtreePaths(db(), ctx.actor, req.query.unitId), req.query, await today());
    },
  });

  r.get('/api/pairings/export', {
    config: { access: { permission: 'pairings.read' } },
    schema: {
      querystring: pairingExportQuery,
      summary: 'Export the pairing list (xlsx)',
      description: 'The filters of GET /api/pairings, in the layout of the pairings import: the file imports back.',
    },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const paths = await subtreePaths(db(), ctx.actor, req.query.unitId);
      await auditExport(db(), ctx.audit, 'pairing.export', 'pairing', { filters: req.query });
      return sendXlsx(reply, '结对名单', await pairingsXlsx(db(), paths, req.query, await today()));
    },
  });

  r.get('/api/pairings/coverage', {
    config: { access: { permission: 'pairings.read' } },
    schema: { querystring: coverageQuery, response: { 200: coverageSchema } },
    handler: async (req) =>
      coverage(db(), serviceContext(req).actor, { ...req.query, on: req.query.on ?? (await today()) }),
  });

  r.get('/api/pairings/:id', {
    config: { access: { permission: 'pairings.read' } },
    schema: { params: idParam, response: { 200: pairingSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return toPairing(await loadPairingIn(db(), topPaths(ctx.actor.scopePaths), req.params.id), await today());
    },
  });

  r.post('/api/pairings', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { body: createPairingBody, response: { 201: pairingSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => createPairing(tx, ctx, req.body));
      return reply
        .status(201)
        .send(toPairing(await loadPairingIn(db(), topPaths(ctx.actor.scopePaths), id), await today()));
    },
  });

  r.post('/api/pairings/bulk', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { body: bulkPairingBody, response: { 201: z.object({ created: z.array(z.number().int()) }) } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send({ created: await db().transaction((tx) => bulkPair(tx, ctx, req.body)) });
    },
  });

  r.post('/api/pairings/:id/end', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { params: idParam, body: endPairingBody, response: { 200: okSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => endPairing(tx, ctx, req.params.id, req.body.endsOn, req.body.version));
      return { ok: true as const };
    },
  });
}
