import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  gapsQuery,
  gapsSchema,
  personRecord,
  personRecordQuery,
  requirementsBody,
  requirementsSchema,
} from '../../../contracts/training.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { contextAndToday } from '../projects/today.ts';
import { readGaps } from './gaps.ts';
import { gapsExportName, gapsXlsx } from './gaps-export.ts';
import { readPersonRecord } from './person-record.ts';
import { putRequirements, readRequirements } from './requirements.ts';

const yearParam = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
/** Every gap, not the screen's capped lists. */
const EXPORT_LIMIT = 100_000;

/** The yearly requirements, a person's training record, and the gaps and rates of a subtree with their export. */
export async function trainingRecordRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'training.read' as const } };
  const manage = { access: { permission: 'training.manage' as const } };

  r.get('/api/training/requirements/:year', {
    config: read,
    schema: { params: yearParam, response: { 200: requirementsSchema } },
    handler: async (req) => readRequirements(db(), req.params.year),
  });

  r.put('/api/training/requirements/:year', {
    config: manage,
    schema: { params: yearParam, body: requirementsBody, response: { 200: requirementsSchema } },
    handler: async (req) => {
      const { ctx } = await contextAndToday(db(), req);
      return db().transaction((tx) => putRequirements(tx, ctx, req.params.year, req.body));
    },
  });

  r.get('/api/training/people/:id/record', {
    config: read,
    schema: { params: idParam, querystring: personRecordQuery, response: { 200: personRecord } },
    handler: async (req) => {
      const { ctx } = await contextAndToday(db(), req);
      return readPersonRecord(db(), ctx.actor, req.params.id, req.query.year);
    },
  });

  r.get('/api/training/gaps', {
    config: read,
    schema: { querystring: gapsQuery, response: { 200: gapsSchema } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      return readGaps(db(), ctx.actor, { year: req.query.year, unitId: req.query.unitId, today });
    },
  });

  r.get('/api/training/gaps/export', {
    config: read,
    schema: { querystring: gapsQuery },
    handler: async (req, reply) => {
      const { ctx, today } = await contextAndToday(db(), req);
      const gaps = await readGaps(db(), ctx.actor, {
        year: req.query.year,
        unitId: req.query.unitId,
        today,
        limit: EXPORT_LIMIT,
      });
      await auditExport(db(), ctx.audit, 'training.gaps_export', 'unit', {
        unitId: gaps.unit.id,
        year: gaps.year,
        rows:
          gaps.counts.belowHours +
          gaps.counts.secretariesUntrained +
          gaps.counts.newSecretariesOverdue +
          gaps.counts.newSecretariesOpen,
      });
      return sendXlsx(reply, gapsExportName(ctx.lang, gaps.unit.name, gaps.year), gapsXlsx(gaps, ctx.lang));
    },
  });
}
