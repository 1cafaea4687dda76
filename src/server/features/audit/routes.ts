import type { FastifyInstance } from 'fastify';
import { auditExportQuery, auditPage, auditQuery, auditVerifySchema } from '../../../contracts/audit.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { exportAuditXlsx } from './export.ts';
import { searchAudit } from './queries.ts';
import { verifyAuditChain } from './verify.ts';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.get('/api/audit', {
    config: { access: { permission: 'audit.read' } },
    schema: { querystring: auditQuery, response: { 200: auditPage } },
    handler: async (req) => searchAudit(app.database.db, req.query),
  });

  r.get('/api/audit/export', {
    config: { access: { permission: 'audit.export' } },
    schema: { querystring: auditExportQuery },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      // The export is itself audited, with the filters it used, before any byte leaves.
      await auditExport(app.database.db, ctx.audit, 'audit.export', 'audit_log', { filters: req.query });
      return sendXlsx(reply, 'audit-log', exportAuditXlsx(app.database.db, req.query, ctx.lang));
    },
  });

  r.get('/api/audit/verify', {
    config: { access: { permission: 'audit.read' } },
    schema: { response: { 200: auditVerifySchema } },
    handler: async () => verifyAuditChain(app.database.db),
  });
}
