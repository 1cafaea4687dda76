import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { ACTION_LABELS } from '../../../contracts/actions.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { ReportCell, ReportColumn, ReportTable } from '../../../contracts/reports.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { activeSchemes } from '../cockpit/sources.ts';
import { complianceContext } from '../compliance/context.ts';
import { type EvaluationRow, evaluationCte } from '../compliance/engine.ts';
import { describeSubjects, subjectOf } from '../compliance/subjects.ts';
import { type ReportScope, reportScope } from './scope.ts';
import { overviewFigures, overviewTable, SHEETS, SUMMARY_BUILDERS, sheetTitle } from './tables.ts';

export type ReportProgress = (done: number, total: number, step: string) => void | Promise<void>;

type Sheet = ExcelJS.Worksheet;

function openSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, title: string, columns: ReportColumn[]): Sheet {
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? 14,
    ...(c.kind === 'pct' || c.kind === 'num' ? { style: { numFmt: '0.0' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return sheet;
}

function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ReportTable): void {
  const sheet = openSheet(workbook, table.title, table.columns);
  for (const row of table.rows) sheet.addRow(row).commit();
  sheet.commit();
}

/** Cells read from the temporary table per batch: one row per subject × rule. */
const BATCH = 5_000;

/**
 * 结对完成情况: every subject (pairing or holder) of every active scheme × its rules,
 * with required / done / status for the period. The compliance engine's `evaluation`
 * runs once per scheme into a temporary table, which is then read in batches, so a
 * national report (60,000 pairings × rules) never sits in memory whole.
 */
async function writePairingRows(db: Db, s: ReportScope, sheet: Sheet): Promise<void> {
  const status = ACTION_LABELS.complianceStatus;
  const subjectType = ACTION_LABELS.ruleSubject;
  for (const scheme of await activeSchemes(db)) {
    const ctx = await complianceContext(
      db,
      s.actor,
      { schemeId: scheme.id, unitId: s.unit.id, period: s.period.label },
      s.now,
    );
    if (ctx.input.evaluations.length === 0) continue;
    const ruleName = new Map(ctx.rules.map((r) => [r.id, r.name]));
    await db.transaction(async (tx) => {
      await tx.execute(sql`create temp table report_cells on commit drop as ${evaluationCte(ctx.input)}
        select (row_number() over (order by unit_path, subject_type, subject_id, rule_id))::int as n,
          subject_type, subject_id, rule_id, required, done, status
        from evaluation`);
      await tx.execute(sql`create index on report_cells (n)`);
      for (let from = 0; ; from += BATCH) {
        const rows = rowsOf<EvaluationRow>(
          await tx.execute(sql`select subject_type, subject_id, rule_id, required, done, status
            from report_cells where n > ${from} and n <= ${from + BATCH} order by n`),
        );
        if (rows.length === 0) break;
        const keys = rows.map((r) => ({ type: r.subject_type, id: Number(r.subject_id) }));
        const names = await describeSubjects(tx as unknown as Db, keys);
        for (const r of rows) {
          const subject = subjectOf(names, { type: r.subject_type, id: Number(r.subject_id) });
          sheet
            .addRow([
              scheme.name,
              subjectType[r.subject_type]?.[s.lang] ?? r.subject_type,
              subject.name,
              subject.detail,
              subject.unitName,
              ruleName.get(Number(r.rule_id)) ?? String(r.rule_id),
              Number(r.required),
              Number(r.done),
              status[r.status]?.[s.lang] ?? r.status,
            ] satisfies ReportCell[])
            .commit();
        }
        if (rows.length < BATCH) break;
      }
      // Dropped here, not only on commit: inside the job's bulk transaction this is a savepoint,
      // and the next scheme creates the table again.
      await tx.execute(sql`drop table report_cells`);
    });
  }
}

function pairingColumns(lang: Lang): ReportColumn[] {
  const zh = lang === 'zh-CN';
  return [
    { header: zh ? '结对方案' : 'Scheme', kind: 'text', width: 22 },
    { header: zh ? '对象类型' : 'Subject type', kind: 'text', width: 10 },
    { header: zh ? '考核对象' : 'Subject', kind: 'text', width: 30 },
    { header: zh ? '对象说明' : 'Detail', kind: 'text', width: 24 },
    { header: zh ? '所属机构' : 'Unit', kind: 'text', width: 20 },
    { header: zh ? '规定动作' : 'Rule', kind: 'text', width: 28 },
    { header: zh ? '应完成' : 'Required', kind: 'int', width: 8 },
    { header: zh ? '已完成' : 'Done', kind: 'int', width: 8 },
    { header: zh ? '状态' : 'Status', kind: 'text', width: 10 },
  ];
}

/**
 * The report workbook of a subtree and period, written sheet by sheet to `out` with
 * ExcelJS's streaming writer. `onProgress(done, total, step)` is called before each
 * sheet (step = its title) and once at the end (done = total). `out` may also be a file
 * path (the benchmark's call): the file is written and closed before this resolves.
 */
export async function writeReportWorkbook(
  db: Db,
  actor: Actor,
  q: { unitId: number | undefined; period: string; lang: Lang },
  out: NodeJS.WritableStream | string,
  onProgress?: ReportProgress,
  now = new Date(),
): Promise<void> {
  if (typeof out === 'string') {
    const file = fs.createWriteStream(out);
    const closed = new Promise<void>((resolve, reject) => {
      file.on('close', () => resolve());
      file.on('error', reject);
    });
    await writeReportWorkbook(db, actor, q, file, onProgress, now);
    return closed;
  }
  const s = await reportScope(db, actor, q, now);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as Writable, useStyles: true });
  workbook.creator = 'Liandian';
  const total = SHEETS.length;
  for (const [done, key] of SHEETS.entries()) {
    const title = sheetTitle(key, s.lang);
    await onProgress?.(done, total, title);
    if (key === 'overview') {
      writeTable(workbook, overviewTable(s, await overviewFigures(db, s)));
    } else if (key === 'pairings') {
      const sheet = openSheet(workbook, title, pairingColumns(s.lang));
      await writePairingRows(db, s, sheet);
      sheet.commit();
    } else {
      const build = SUMMARY_BUILDERS[key];
      if (build) writeTable(workbook, await build(db, s));
    }
  }
  await workbook.commit();
  await onProgress?.(total, total, '');
}
