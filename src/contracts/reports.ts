import { z } from 'zod';
import { cockpitFigureSchema } from './cockpit.ts';

/**
 * Quarterly and annual reports of a subtree: an xlsx workbook written by a
 * background job (report_jobs), and the same figures as a printable page.
 */

/** "2026" (the year) or "2026-Q3" (a quarter). */
export const REPORT_PERIOD = /^\d{4}(-Q[1-4])?$/;
export const reportPeriod = z.string().regex(REPORT_PERIOD);

export const createReportBody = z.strictObject({
  unitId: z.number().int().positive(),
  period: reportPeriod,
});
export type CreateReportBody = z.infer<typeof createReportBody>;

export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const reportJobSchema = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string() }),
  period: z.string(),
  status: z.enum(REPORT_STATUSES),
  /** Sheets written / sheets in all, and the sheet being written. */
  done: z.number().int(),
  total: z.number().int(),
  step: z.string().nullable(),
  fileName: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ReportJob = z.infer<typeof reportJobSchema>;
export const reportJobList = z.object({ items: z.array(reportJobSchema) });

export const reportDataQuery = z.strictObject({
  unitId: z.coerce.number().int().positive().optional(),
  period: reportPeriod,
});

/** How a column's cells read: text, a count, a decimal, or a percentage (0–100, one decimal). */
export const REPORT_COLUMN_KINDS = ['text', 'int', 'num', 'pct'] as const;
export const reportColumnSchema = z.object({
  header: z.string(),
  kind: z.enum(REPORT_COLUMN_KINDS),
  width: z.number().int().optional(),
});
export type ReportColumn = z.infer<typeof reportColumnSchema>;
export const reportCell = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof reportCell>;

/** One summary sheet of the workbook: the print page shows the same table. */
export const reportTableSchema = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(reportColumnSchema),
  rows: z.array(z.array(reportCell)),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportDataSchema = z.object({
  title: z.string(),
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  today: z.string(),
  /** The cockpit's figures for the unit and period (the 概览 sheet). */
  figures: z.array(cockpitFigureSchema),
  tables: z.array(reportTableSchema),
});
export type ReportData = z.infer<typeof reportDataSchema>;
