import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  appointBody,
  createPartyOrgBody,
  endSeatBody,
  partyOrgDetailSchema,
  partyOrgExportQuery,
  partyOrgListQuery,
  partyOrgPage,
  updatePartyOrgBody,
} from '../../../contracts/party-orgs.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { oneBatch, sendXlsx } from '../../platform/xlsx-export.ts';
import { registryXlsx } from '../registry/sheet-rows.ts';
import { appoint, endSeat } from './committee.ts';
import { createPartyOrg } from './create.ts';
import { partyOrgRows } from './export.ts';
import { allPartyOrgs, getPartyOrgDetail, listPartyOrgs } from './queries.ts';
import { updatePartyOrg } from './update.ts';

const seatParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  seatId: z.coerce.number().int().positive(),
});

export async function partyOrgRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/party-orgs', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: partyOrgListQuery, response: { 200: partyOrgPage } },
    handler: async (req) => listPartyOrgs(db(), serviceContext(req).actor, req.query),
  });

  r.get('/api/party-orgs/export', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: partyOrgExportQuery },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const orgs = await allPartyOrgs(db(), ctx.actor, req.query);
      await auditExport(db(), ctx.audit, 'party_org.export', 'party_org', { filters: req.query, rows: orgs.length });
      return sendXlsx(reply, '党组织名单', registryXlsx('party_orgs', oneBatch(await partyOrgRows(db(), orgs))));
    },
  });

  r.get('/api/party-orgs/:id', {
    config: { access: { permission: 'registry.read' } },
    schema: { params: idParam, response: { 200: partyOrgDetailSchema } },
    handler: async (req) => getPartyOrgDetail(db(), serviceContext(req).actor, req.params.id),
  });

  r.post('/api/party-orgs', {
    config: { access: { permission: 'registry.manage' } },
    schema: { body: createPartyOrgBody, response: { 201: partyOrgDetailSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send(await db().transaction((tx) => createPartyOrg(tx, ctx, req.body)));
    },
  });

  r.put('/api/party-orgs/:id', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: idParam, body: updatePartyOrgBody, response: { 200: partyOrgDetailSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => updatePartyOrg(tx, ctx, req.params.id, req.body));
    },
  });

  r.post('/api/party-orgs/:id/committee', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: idParam, body: appointBody, response: { 200: partyOrgDetailSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => appoint(tx, ctx, req.params.id, req.body));
    },
  });

  r.post('/api/party-orgs/:id/committee/:seatId/end', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: seatParams, body: endSeatBody, response: { 200: partyOrgDetailSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) =>
        endSeat(tx, ctx, req.params.id, req.params.seatId, req.body.endedOn, req.body.version),
      );
    },
  });
}
