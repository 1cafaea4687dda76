import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  accountabilityList,
  accountabilityQuery,
  accountabilitySchema,
  annualIdParam,
  appraisalBody,
  appraisalParam,
  appraisalSchema,
  boardSchema,
  createAccountabilityBody,
  createDutyReportBody,
  dutyReportList,
  dutyReportQuery,
  dutyReportSchema,
  rankingSchema,
  reviewBody,
  unitYearSchema,
  updateDutyReportBody,
} from '../../../contracts/checklist-annual.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';
import { createAccountability, listAccountabilities } from './accountability.ts';
import { boardXlsx, exportName, rankingXlsx } from './annual-export.ts';
import { putAppraisal } from './appraisals.ts';
import { boardOf, rankingOf } from './board.ts';
import { createDutyReport, listDutyReports, reviewDutyReport, updateDutyReport } from './duty-reports.ts';
import { unitYearOf } from './unit-year.ts';

/** The board, a unit's year, the annual ranking, appraisals, duty reports and accountability. */
export async function checklistAnnualRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'checklists.read' as const } };
  const register = { access: { permission: 'checklists.register' as const } };
  const review = { access: { permission: 'checklists.review' as const } };
  const inspect = { access: { permission: 'checklists.inspect' as const } };
  const scope = async (req: FastifyRequest) => {
    const ctx = serviceContext(req);
    const { value } = await readRecordSettings(db());
    return { ctx, when: { today: localDate(new Date(), value.timeZone), timeZone: value.timeZone } };
  };

  r.get('/api/checklist-templates/:id/board', {
    config: read,
    schema: { params: annualIdParam, response: { 200: boardSchema } },
    handler: async (req) => {
      const { ctx, when } = await scope(req);
      return boardOf(db(), ctx.actor, req.params.id, when);
    },
  });
  r.get('/api/checklist-templates/:id/board/export', {
    config: read,
    schema: { params: annualIdParam },
    handler: async (req, reply) => {
      const { ctx, when } = await scope(req);
      const board = await boardOf(db(), ctx.actor, req.params.id, when);
      await auditExport(db(), ctx.audit, 'checklist.board_export', 'checklist_template', { id: req.params.id });
      return sendXlsx(reply, exportName('board', ctx.lang, board.template.name), boardXlsx(board, ctx.lang));
    },
  });
  r.get('/api/checklist-templates/:id/ranking', {
    config: read,
    schema: { params: annualIdParam, response: { 200: rankingSchema } },
    handler: async (req) => {
      const { ctx, when } = await scope(req);
      return rankingOf(db(), ctx.actor, req.params.id, when);
    },
  });
  r.get('/api/checklist-templates/:id/ranking/export', {
    config: read,
    schema: { params: annualIdParam },
    handler: async (req, reply) => {
      const { ctx, when } = await scope(req);
      const ranking = await rankingOf(db(), ctx.actor, req.params.id, when);
      await auditExport(db(), ctx.audit, 'checklist.ranking_export', 'checklist_template', { id: req.params.id });
      return sendXlsx(reply, exportName('ranking', ctx.lang, ranking.template.name), rankingXlsx(ranking, ctx.lang));
    },
  });
  r.get('/api/checklist-assignments/:id/year', {
    config: read,
    schema: { params: annualIdParam, response: { 200: unitYearSchema } },
    handler: async (req) => {
      const { ctx, when } = await scope(req);
      return unitYearOf(db(), ctx.actor, req.params.id, when);
    },
  });

  r.put('/api/checklist-appraisals/:assignmentId', {
    config: inspect,
    schema: { params: appraisalParam, body: appraisalBody, response: { 200: appraisalSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => putAppraisal(tx, ctx, req.params.assignmentId, req.body));
    },
  });

  r.get('/api/duty-reports', {
    config: read,
    schema: { querystring: dutyReportQuery, response: { 200: dutyReportList } },
    handler: async (req) => listDutyReports(db(), serviceContext(req).actor, req.query),
  });
  r.post('/api/duty-reports', {
    config: register,
    schema: { body: createDutyReportBody, response: { 201: dutyReportSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => createDutyReport(tx, ctx, req.body));
      const [one] = await listDutyReports(db(), ctx.actor, { id });
      return reply.status(201).send(one!);
    },
  });
  r.put('/api/duty-reports/:id', {
    config: register,
    schema: { params: annualIdParam, body: updateDutyReportBody, response: { 200: dutyReportSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => updateDutyReport(tx, ctx, req.params.id, req.body));
      const [one] = await listDutyReports(db(), ctx.actor, { id: req.params.id });
      return one!;
    },
  });
  r.post('/api/duty-reports/:id/reviews', {
    config: review,
    schema: { params: annualIdParam, body: reviewBody, response: { 200: dutyReportSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => reviewDutyReport(tx, ctx, req.params.id, req.body));
      const [one] = await listDutyReports(db(), ctx.actor, { id: req.params.id });
      return one!;
    },
  });

  r.get('/api/checklist-accountabilities', {
    config: read,
    schema: { querystring: accountabilityQuery, response: { 200: accountabilityList } },
    handler: async (req) => listAccountabilities(db(), serviceContext(req).actor, req.query),
  });
  r.post('/api/checklist-accountabilities', {
    config: inspect,
    schema: { body: createAccountabilityBody, response: { 201: accountabilitySchema } },
    handler: async (req, reply) => {
      const { ctx, when } = await scope(req);
      const id = await db().transaction((tx) => createAccountability(tx, ctx, req.body, when.today));
      const [one] = await listAccountabilities(db(), ctx.actor, { id });
      return reply.status(201).send(one!);
    },
  });
}
