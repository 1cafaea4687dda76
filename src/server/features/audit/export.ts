import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AuditFilters } from '../../../contracts/audit.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { auditBatches } from './queries.ts';

const HEADERS: Record<Lang, string[]> = {
  'zh-CN': [
    '序号',
    '时间(UTC)',
    '操作人编号',
    '操作人',
    'IP',
    '请求编号',
    '操作',
    '对象类型',
    '对象编号',
    '结果',
    '变更内容',
  ],
  'en-US': [
    'Seq',
    'Time (UTC)',
    'Actor ID',
    'Actor',
    'IP',
    'Request ID',
    'Action',
    'Target type',
    'Target ID',
    'Result',
    'Changes',
  ],
};

/**
 * Streams matching audit rows into an xlsx workbook, batch by batch, so an
 * export of any size never sits in memory whole.
 */
export function exportAuditXlsx(db: Db, filters: AuditFilters, lang: Lang): PassThrough {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet(lang === 'zh-CN' ? '审计日志' : 'Audit log');
  sheet.columns = HEADERS[lang].map((header, i) => ({ header, width: [8, 24, 10, 16, 16, 38, 24, 14, 12, 10, 60][i] }));
  (async () => {
    for await (const batch of auditBatches(db, filters)) {
      for (const e of batch) {
        sheet
          .addRow([
            e.seq,
            e.at,
            e.actorId,
            e.actorUsername,
            e.ip,
            e.requestId,
            e.action,
            e.targetType,
            e.targetId,
            e.result,
            e.diff === null ? '' : JSON.stringify(e.diff),
          ])
          .commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => stream.destroy(err instanceof Error ? err : new Error(String(err))));
  return stream;
}
