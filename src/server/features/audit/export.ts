import type { AuditFilters } from '../../../contracts/audit.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { type Cell, xlsxStream } from '../../platform/xlsx-export.ts';
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
const WIDTHS = [8, 24, 10, 16, 16, 38, 24, 14, 12, 10, 60];

async function* rows(db: Db, filters: AuditFilters): AsyncGenerator<Cell[][]> {
  for await (const batch of auditBatches(db, filters)) {
    yield batch.map((e) => [
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
    ]);
  }
}

/** The filtered audit log as an xlsx workbook, streamed. */
export function exportAuditXlsx(db: Db, filters: AuditFilters, lang: Lang) {
  const columns = HEADERS[lang].map((header, i) => ({ header, width: WIDTHS[i] }));
  return xlsxStream(lang === 'zh-CN' ? '审计日志' : 'Audit log', columns, rows(db, filters));
}
