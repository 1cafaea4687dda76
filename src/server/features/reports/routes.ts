import type { FastifyInstance } from 'fastify';
import { createdSchema, idParam } from '../../../contracts/common.ts';
import {
  createReportBody,
  reportDataQuery,
  reportDataSchema,
  reportJobList,
  reportJobSchema,
} from '../../../contracts/reports.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { bulkReads } from '../../platform/bulk-reads.ts';
import { typed } from '../../platform/route.ts';
import { reportData } from './data.ts';
import { createReportJob, listMyReports, loadMyReport, reportFile, runReportJob } from './jobs.ts';

/** 季度、年度报表: report workbooks written by a background job, and the print page's data. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const generate = { access: { permission: 'reports.generate' as const } };

  const bulk = bulkReads(app.database);
  await app.jobs.work('reports.generate', (data) => runReportJob(app.database.db, app.storage, data, undefined, bulk));

  r.post('/api/reports', {
    config: generate,
    schema: { body: createReportBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => createReportJob(tx, ctx, req.body));
      await app.jobs.send('reports.generate', { id });
      return reply.status(201).send({ id });
    },
  });

  r.get('/api/reports', {
    config: generate,
    schema: { response: { 200: reportJobList } },
    handler: async (req) => ({ items: await listMyReports(db(), serviceContext(req).actor) }),
  });

  r.get('/api/reports/data', {
    config: { access: { permission: 'cockpit.read' } },
    schema: { querystring: reportDataQuery, response: { 200: reportDataSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return reportData(db(), ctx.actor, { unitId: req.query.unitId, period: req.query.period, lang: ctx.lang });
    },
  });

  r.get('/api/reports/:id', {
    config: generate,
    schema: { params: idParam, response: { 200: reportJobSchema } },
    handler: async (req) => (await loadMyReport(db(), serviceContext(req).actor, req.params.id)).job,
  });

  r.get('/api/reports/:id/file', {
    config: generate,
    schema: { params: idParam },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const { job, fileKey, fileName } = await reportFile(db(), ctx.actor, ctx.lang, req.params.id);
      await auditExport(db(), ctx.audit, 'report.export', 'report_job', {
        id: job.id,
        unitId: job.unit.id,
        period: job.period,
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(app.storage.get(fileKey));
    },
  });
}
