import { type ImportKind, importReportSchema } from '../../../contracts/imports.ts';
import { upload } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const downloadTemplate = (kind: ImportKind) =>
  downloadFrom(`/api/imports/${kind}/template`, `${kind}-template.xlsx`);

/** Sends the workbook as it is; dry_run checks every row, commit writes all rows or none. */
export const runImport = (kind: ImportKind, mode: 'dry_run' | 'commit', data: ArrayBuffer) =>
  upload(`/api/imports/${kind}?mode=${mode}`, importReportSchema, { data, contentType: XLSX_TYPE });
