import type { FastifyInstance } from 'fastify';
import {
  blankOutletExportQuery,
  blankOutletPage,
  blankOutletQuery,
  rateQuery,
  registryRatesSchema,
  rollupQuery,
  rollupSchema,
} from '../../../contracts/registry.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { oneBatch, sendXlsx, xlsxStream } from '../../platform/xlsx-export.ts';
import { allBlankOutlets, listBlankOutlets, registryRates } from './blank-outlets.ts';
import { rollup } from './rollup.ts';

export async function registryRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/registry/rollup', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: rollupQuery, response: { 200: rollupSchema } },
    handler: async (req) => rollup(db(), serviceContext(req).actor, req.query.parentId),
  });

  r.get('/api/registry/rates', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: rateQuery, response: { 200: registryRatesSchema } },
    handler: async (req) => registryRates(db(), serviceContext(req).actor, req.query.unitId),
  });

  r.get('/api/registry/blank-outlets', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: blankOutletQuery, response: { 200: blankOutletPage } },
    handler: async (req) => listBlankOutlets(db(), serviceContext(req).actor, req.query),
  });

  r.get('/api/registry/blank-outlets/export', {
    config: { access: { permission: 'registry.read' } },
    schema: { querystring: blankOutletExportQuery },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const rows = await allBlankOutlets(db(), ctx.actor, req.query.unitId);
      await auditExport(db(), ctx.audit, 'registry.blank_outlets_export', 'unit', {
        filters: req.query,
        rows: rows.length,
      });
      const columns = [
        { header: '网点编码', width: 14 },
        { header: '网点名称', width: 28 },
        { header: '上级机构', width: 24 },
        { header: '在职员工数', width: 12 },
      ];
      const cells = rows.map((o) => [o.code, o.name, o.parent?.name ?? '', o.staff]);
      return sendXlsx(reply, '无党员网点', xlsxStream('无党员网点', columns, oneBatch(cells)));
    },
  });
}
