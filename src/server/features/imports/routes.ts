import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IMPORT_KINDS, IMPORT_LIMITS, importModeQuery, importReportSchema } from '../../../contracts/imports.ts';
import { SHEET_NAMES } from '../../../contracts/registry-sheets.ts';
import { schemes } from '../../db/schema/pairings.ts';
import { auditDenial, serviceContext } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { typed } from '../../platform/route.ts';
import { readVocabulary } from '../settings/update.ts';
import { runImport } from './run.ts';
import { buildTemplate, type DataChoices } from './template.ts';
import { readUpload, UPLOAD_TYPES } from './upload.ts';

const kindParam = z.strictObject({ kind: z.enum(IMPORT_KINDS) });

/** The raw workbook: documented as binary, checked by the import itself (a wrong body is IMPORT_NOT_XLSX). */
const workbookBody = z.unknown().meta({
  type: 'string',
  format: 'binary',
  description: `The .xlsx file as the request body (at most ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB)`,
});

/** Imports: templates, dry runs and commits of the units, party org, people and pairings sheets. */
export async function importRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  // Only inside this plugin: uploads arrive as raw xlsx bodies, read up to the import limit.
  // Any other type is read the same way (a browser may label an old .xls as application/vnd.ms-excel),
  // so the answer is always about the file: IMPORT_NOT_XLSX rather than an unsupported media type.
  for (const type of [...UPLOAD_TYPES, '*']) {
    app.addContentTypeParser(type, (_req, payload, done) => {
      readUpload(payload).then(
        (body) => done(null, body),
        (err: Error) => done(err, undefined),
      );
    });
  }

  // Pairings are managed by whoever holds pairings.manage; the route's own permission covers the registry sheets.
  const assertKind = async (req: FastifyRequest, kind: (typeof IMPORT_KINDS)[number]) => {
    if (kind !== 'pairings' || req.actor?.permissions.has('pairings.manage')) return;
    await auditDenial(app, req, req.actor, 'missing permission pairings.manage');
    throw new AppError('FORBIDDEN');
  };
  /** The pairings template offers the active schemes' names. */
  const dataChoices = async (kind: (typeof IMPORT_KINDS)[number]): Promise<DataChoices> => {
    if (kind !== 'pairings') return {};
    const rows = await db()
      .select({ name: schemes.name })
      .from(schemes)
      .where(eq(schemes.active, true))
      .orderBy(asc(schemes.id));
    return { scheme: [...new Set(rows.map((s) => s.name))] };
  };

  r.get('/api/imports/:kind/template', {
    config: { access: { permission: 'registry.manage' } },
    schema: {
      params: kindParam,
      summary: 'Download the import template (xlsx) of a registry list or of pairings',
      description:
        'The data sheet with its headers (required ones marked *) and drop-downs, a guide sheet, and the hidden sheet of drop-down values.',
    },
    handler: async (req, reply) => {
      await assertKind(req, req.params.kind);
      const { value: vocabulary } = await readVocabulary(db());
      const file = await buildTemplate(req.params.kind, vocabulary, await dataChoices(req.params.kind));
      const name = `${SHEET_NAMES[req.params.kind]}导入模板.xlsx`;
      return reply
        .header('content-type', UPLOAD_TYPES[0])
        .header(
          'content-disposition',
          `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(file);
    },
  });

  r.post('/api/imports/:kind', {
    config: { access: { permission: 'registry.manage' } },
    schema: {
      params: kindParam,
      querystring: importModeQuery,
      body: workbookBody,
      consumes: UPLOAD_TYPES,
      summary: 'Check (dry_run) or import (commit) a registry or pairings sheet',
      description:
        'Every problem is listed by row and column (up to 1,000; problemCount counts all). A commit writes all rows in one transaction, or nothing when any row has a problem (then committed is false). Rows update by natural key: unit code, party org code, employee number; a pairing by scheme, holder, target and start date (pairings also need pairings.manage).',
      response: { 200: importReportSchema },
    },
    handler: async (req) => {
      await assertKind(req, req.params.kind);
      if (!Buffer.isBuffer(req.body)) throw new AppError('IMPORT_NOT_XLSX');
      const ctx = serviceContext(req);
      return runImport(db(), ctx, req.params.kind, req.query.mode, req.body);
    },
  });
}
