import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  createUnitBody,
  moveUnitBody,
  setUnitActiveBody,
  unitChildrenQuery,
  unitDetailSchema,
  unitExportQuery,
  unitListPage,
  unitListQuery,
  unitMoveSchema,
  unitPickerItemSchema,
  unitSchema,
  updateUnitBody,
} from '../../../contracts/units.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { registryXlsx, unitRow } from '../registry/sheet-rows.ts';
import { readVocabulary } from '../settings/update.ts';
import { createUnit } from './create.ts';
import { listUnits, unitBatches, unitHistory } from './list.ts';
import { moveUnit } from './move.ts';
import { getUnitDetail, listUnitChildren, pickUnits, subtreePaths } from './queries.ts';
import { setUnitActive } from './set-active.ts';
import { updateUnit } from './update.ts';

const pickerQuery = z.strictObject({
  parentId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().min(1).max(64).optional(),
});

export async function unitRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/units', {
    config: { access: { permission: 'units.read' } },
    schema: { querystring: unitChildrenQuery, response: { 200: z.array(unitSchema) } },
    handler: async (req) =>
      listUnitChildren(db(), serviceContext(req).actor, req.query.parentId, req.query.includeInactive === 'true'),
  });

  r.get('/api/units/list', {
    config: { access: { permission: 'units.read' } },
    schema: { querystring: unitListQuery, response: { 200: unitListPage } },
    handler: async (req) => listUnits(db(), serviceContext(req).actor, req.query),
  });

  r.get('/api/units/export', {
    config: { access: { permission: 'units.read' } },
    schema: { querystring: unitExportQuery },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const { value: vocabulary } = await readVocabulary(db());
      const paths = await subtreePaths(db(), ctx.actor, req.query.unitId);
      await auditExport(db(), ctx.audit, 'unit.export', 'unit', { filters: req.query });
      async function* rows() {
        for await (const batch of unitBatches(db(), ctx.actor, paths, req.query))
          yield batch.map((u) => unitRow(u, vocabulary));
      }
      return sendXlsx(reply, '机构名单', registryXlsx('units', rows()));
    },
  });

  r.get('/api/units/picker', {
    config: { access: { permission: 'roles.grant' } },
    schema: { querystring: pickerQuery, response: { 200: z.array(unitPickerItemSchema) } },
    handler: async (req) => pickUnits(db(), req.query),
  });

  r.get('/api/units/:id', {
    config: { access: { permission: 'units.read' } },
    schema: { params: idParam, response: { 200: unitDetailSchema } },
    handler: async (req) => getUnitDetail(db(), serviceContext(req).actor, req.params.id),
  });

  r.get('/api/units/:id/history', {
    config: { access: { permission: 'units.read' } },
    schema: { params: idParam, response: { 200: z.array(unitMoveSchema) } },
    handler: async (req) => unitHistory(db(), serviceContext(req).actor, req.params.id),
  });

  r.post('/api/units', {
    config: { access: { permission: 'registry.manage' } },
    schema: { body: createUnitBody, response: { 201: unitDetailSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send(await db().transaction((tx) => createUnit(tx, ctx, req.body)));
    },
  });

  r.patch('/api/units/:id', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: idParam, body: updateUnitBody, response: { 200: unitDetailSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => updateUnit(tx, ctx, req.params.id, req.body));
    },
  });

  r.post('/api/units/:id/move', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: idParam, body: moveUnitBody, response: { 200: unitDetailSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => moveUnit(tx, ctx, req.params.id, req.body.parentId, req.body.version));
    },
  });

  r.post('/api/units/:id/active', {
    config: { access: { permission: 'registry.manage' } },
    schema: { params: idParam, body: setUnitActiveBody, response: { 200: unitDetailSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => setUnitActive(tx, ctx, req.params.id, req.body.active, req.body.version));
    },
  });
}
