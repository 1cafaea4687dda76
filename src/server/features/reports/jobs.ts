import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Lang } from '../../../contracts/i18n.ts';
import type { CreateReportBody, ReportJob, ReportStatus } from '../../../contracts/reports.ts';
import type { Db } from '../../db/client.ts';
import { reportJobs } from '../../db/schema/reports.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { BulkReads } from '../../platform/bulk-reads.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage.ts';
import { loadUnitInScope } from '../units/queries.ts';
import { actorOfAccount } from './actor.ts';
import { writeReportWorkbook } from './workbook.ts';

/** Requests a report: the row the job fills in. The unit must be in the caller's scope (else 404). */
export async function createReportJob(tx: Db, ctx: ServiceContext, body: CreateReportBody): Promise<number> {
  await loadUnitInScope(tx, ctx.actor, body.unitId);
  const [row] = await tx
    .insert(reportJobs)
    .values({ accountId: ctx.actor.accountId, unitId: body.unitId, period: body.period, lang: ctx.lang })
    .returning({ id: reportJobs.id });
  await writeAudit(tx, ctx.audit, {
    action: 'report.request',
    targetType: 'report_job',
    targetId: String(row!.id),
    detail: { unitId: body.unitId, period: body.period },
  });
  return row!.id;
}

const columns = {
  id: reportJobs.id,
  unitId: units.id,
  unitName: units.name,
  period: reportJobs.period,
  status: reportJobs.status,
  done: reportJobs.done,
  total: reportJobs.total,
  step: reportJobs.step,
  fileKey: reportJobs.fileKey,
  fileName: reportJobs.fileName,
  fileSize: reportJobs.fileSize,
  error: reportJobs.error,
  createdAt: reportJobs.createdAt,
  finishedAt: reportJobs.finishedAt,
};
function asJob(r: {
  id: number;
  unitId: number;
  unitName: string;
  period: string;
  status: string;
  done: number;
  total: number;
  step: string | null;
  fileName: string | null;
  fileSize: number | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}): ReportJob {
  return {
    id: r.id,
    unit: { id: r.unitId, name: r.unitName },
    period: r.period,
    status: r.status as ReportStatus,
    done: r.done,
    total: r.total,
    step: r.step,
    fileName: r.fileName,
    fileSize: r.fileSize,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
/** The caller's own report requests, newest first (20). */
export async function listMyReports(db: Db, actor: Actor): Promise<ReportJob[]> {
  const rows = await db
    .select(columns)
    .from(reportJobs)
    .innerJoin(units, eq(units.id, reportJobs.unitId))
    .where(eq(reportJobs.accountId, actor.accountId))
    .orderBy(desc(reportJobs.createdAt), desc(reportJobs.id))
    .limit(20);
  return rows.map(asJob);
}

/** One of the caller's report requests; anyone else's answers 404 like a missing one. */
export async function loadMyReport(db: Db, actor: Actor, id: number) {
  const [row] = await db
    .select(columns)
    .from(reportJobs)
    .innerJoin(units, eq(units.id, reportJobs.unitId))
    .where(and(eq(reportJobs.id, id), eq(reportJobs.accountId, actor.accountId)));
  if (!row) throw notFound();
  return { job: asJob(row), fileKey: row.fileKey };
}

/** The workbook of a finished report (409 while it is being written or when it failed). */
export async function reportFile(db: Db, actor: Actor, lang: Lang, id: number) {
  const { job, fileKey } = await loadMyReport(db, actor, id);
  if (job.status !== 'done' || !fileKey) {
    throw conflict(lang, {
      'zh-CN':
        job.status === 'failed' ? '报表生成失败，没有可下载的文件，请重新生成。' : '报表还在生成中，请完成后再下载。',
      'en-US':
        job.status === 'failed'
          ? 'The report failed; there is no file to download. Generate it again.'
          : 'The report is still being generated; download it when it is done.',
    });
  }
  return { job, fileKey, fileName: job.fileName ?? `report-${id}.xlsx` };
}

const jobData = z.object({ id: z.coerce.number().int().positive() });

function fileNameOf(lang: Lang, unitName: string, period: string): string {
  return `${lang === 'zh-CN' ? '党建工作报表' : 'party-building-report'}-${unitName}-${period}.xlsx`;
}

/**
 * The 'reports.generate' job: writes the workbook of one report_jobs row sheet by
 * sheet (done / total / step kept on the row), stores the file and marks the row
 * done, or failed with the error's text. The requester's Actor is rebuilt from the
 * account, so roles and scope are those of now, not of the request.
 */
export async function runReportJob(
  db: Db,
  storage: FileStorage,
  data: unknown,
  now = () => new Date(),
  bulk: BulkReads = (work) => work(db),
): Promise<void> {
  const { id } = jobData.parse(data);
  const [row] = await db
    .update(reportJobs)
    .set({ status: 'running', startedAt: now(), done: 0, step: null, error: null })
    .where(and(eq(reportJobs.id, id), eq(reportJobs.status, 'queued')))
    .returning();
  if (!row) return; // gone, or already taken by another worker
  const tmp = path.join(os.tmpdir(), `liandian-report-${id}-${randomBytes(6).toString('hex')}.xlsx`);
  try {
    const actor = await actorOfAccount(db, row.accountId);
    if (!actor?.permissions.has('reports.generate'))
      throw new Error('the requesting account may no longer generate reports');
    const out = fs.createWriteStream(tmp, { mode: 0o600 });
    const finished = new Promise<void>((resolve, reject) => {
      out.on('close', () => resolve());
      out.on('error', reject);
    });
    // Progress goes through `db` (seen at once), the reading through the bulk handle.
    await bulk((rdb) =>
      writeReportWorkbook(
        rdb,
        actor,
        { unitId: row.unitId, period: row.period, lang: row.lang as Lang },
        out,
        async (done, total, step) => {
          await db
            .update(reportJobs)
            .set({ done, total, step: step || null })
            .where(eq(reportJobs.id, id));
        },
        now(),
      ),
    );
    await finished;
    const bytes = await fs.promises.readFile(tmp);
    const fileKey = await storage.put(bytes);
    const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, row.unitId));
    await db
      .update(reportJobs)
      .set({
        status: 'done',
        fileKey,
        fileName: fileNameOf(row.lang as Lang, unit?.name ?? String(row.unitId), row.period),
        fileSize: bytes.length,
        finishedAt: now(),
      })
      .where(eq(reportJobs.id, id));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db
      .update(reportJobs)
      .set({ status: 'failed', error: message.slice(0, 1000), finishedAt: now() })
      .where(eq(reportJobs.id, id));
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
}
