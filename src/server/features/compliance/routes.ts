import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  complianceQuery,
  complianceSummarySchema,
  matrixQuery,
  matrixSchema,
  overdueSchema,
  todoSchema,
} from '../../../contracts/compliance.ts';
import { recordSettingsSchema } from '../../../contracts/records.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { writeSetting } from '../../platform/settings-store.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { complianceContext, RECORD_SETTINGS_KEY, readRecordSettings } from './context.ts';
import { complianceXlsx } from './export.ts';
import { complianceMatrix, overdueList } from './matrix.ts';
import { complianceSummary } from './summary.ts';
import { todoFor } from './todo.ts';

const pageQuery = matrixQuery.omit({ status: true });
const settingsView = z.object({ value: recordSettingsSchema, version: z.number().int() });

export async function complianceRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/compliance/summary', {
    config: { access: { permission: 'compliance.read' } },
    schema: { querystring: complianceQuery, response: { 200: complianceSummarySchema } },
    handler: async (req) => {
      const actor = serviceContext(req).actor;
      return complianceSummary(db(), actor, await complianceContext(db(), actor, req.query), req.query.unitId);
    },
  });

  r.get('/api/compliance/matrix', {
    config: { access: { permission: 'compliance.read' } },
    schema: { querystring: matrixQuery, response: { 200: matrixSchema } },
    handler: async (req) => {
      const actor = serviceContext(req).actor;
      return complianceMatrix(db(), await complianceContext(db(), actor, req.query), req.query);
    },
  });

  r.get('/api/compliance/overdue', {
    config: { access: { permission: 'compliance.read' } },
    schema: { querystring: pageQuery, response: { 200: overdueSchema } },
    handler: async (req) => {
      const actor = serviceContext(req).actor;
      return overdueList(db(), await complianceContext(db(), actor, req.query), req.query);
    },
  });

  r.get('/api/compliance/export', {
    config: { access: { permission: 'compliance.read' } },
    schema: { querystring: complianceQuery },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const compliance = await complianceContext(db(), ctx.actor, req.query);
      await auditExport(db(), ctx.audit, 'compliance.export', 'compliance', { filters: req.query });
      return sendXlsx(reply, `规定动作完成情况-${req.query.period}`, await complianceXlsx(db(), compliance));
    },
  });

  r.get('/api/todo', {
    config: { access: { permission: 'records.write' } },
    schema: { response: { 200: todoSchema } },
    handler: async (req) => todoFor(db(), serviceContext(req).actor),
  });

  r.get('/api/settings/records', {
    config: { access: { authenticated: true } },
    schema: { response: { 200: settingsView } },
    handler: async () => readRecordSettings(db()),
  });

  r.put('/api/settings/records', {
    config: { access: { permission: 'pairings.manage' } },
    schema: {
      body: z.strictObject({ value: recordSettingsSchema, version: z.number().int().min(0) }),
      response: { 200: settingsView },
    },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction(async (tx) =>
        writeSetting(tx, ctx, RECORD_SETTINGS_KEY, await readRecordSettings(tx), req.body.value, req.body.version),
      );
    },
  });
}
