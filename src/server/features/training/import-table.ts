import ExcelJS, { type CellValue } from 'exceljs';
import type { Localized } from '../../../contracts/i18n.ts';
import { IMPORT_LIMITS } from '../../../contracts/imports.ts';
import { columnLetter } from '../../../contracts/registry-sheets.ts';
import { AppError } from '../../platform/errors.ts';
import { cellText } from '../imports/cells.ts';
import { parseCsv } from './csv.ts';

/**
 * The table of a training import (a sign-in sheet, a learning platform's
 * export): the header row names the columns (in any order, a trailing "*"
 * ignored), every later non-blank row is a data row read as text.
 */
export interface ImportColumn<K extends string> {
  key: K;
  header: string;
  required: boolean;
  date?: boolean;
}
export interface TableRow<K extends string> {
  /** The row number as the user sees it (1 = header). */
  row: number;
  get(key: K): string | null;
}
export interface Table<K extends string> {
  rows: TableRow<K>[];
  /** "D 签到": the column's letter in the file and its header. */
  label(key: K): string;
}

export type { Localized };
export const m = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });
const normalize = (s: string) => s.replace(/\s+/g, '').replace(/[*＊]+$/, '');

function tableOf<K extends string>(
  cells: { row: number; values: (string | null)[] }[],
  columns: readonly ImportColumn<K>[],
): Table<K> {
  const [head, ...body] = cells;
  const position = new Map<K, number>();
  head?.values.forEach((v, i) => {
    const col = v === null ? undefined : columns.find((c) => c.header === normalize(v));
    if (col && !position.has(col.key)) position.set(col.key, i);
  });
  const missing = columns.filter((c) => c.required && !position.has(c.key));
  if (missing.length) {
    throw new AppError('IMPORT_MISSING_COLUMNS', { params: { columns: missing.map((c) => c.header).join('、') } });
  }
  const rows = body
    .filter((r) => r.values.some((v) => v !== null))
    .map((r) => ({
      row: r.row,
      get: (key: K) => {
        const i = position.get(key);
        return i === undefined ? null : (r.values[i] ?? null);
      },
    }));
  if (rows.length === 0) throw new AppError('IMPORT_EMPTY');
  if (rows.length > IMPORT_LIMITS.maxRows) {
    throw new AppError('IMPORT_TOO_MANY_ROWS', { params: { maxRows: IMPORT_LIMITS.maxRows } });
  }
  return {
    rows,
    label: (key) => {
      const i = position.get(key) ?? columns.findIndex((c) => c.key === key);
      return `${columnLetter(i)} ${columns.find((c) => c.key === key)!.header}`;
    },
  };
}

/** The named sheet of an xlsx (else its first sheet) as a table. */
export async function xlsxTable<K extends string>(
  buffer: Buffer,
  columns: readonly ImportColumn<K>[],
  sheetName?: string,
): Promise<Table<K>> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw new AppError('IMPORT_NOT_XLSX');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_NOT_XLSX');
  }
  const ws = (sheetName ? wb.getWorksheet(sheetName) : undefined) ?? wb.worksheets[0];
  if (!ws) throw new AppError('IMPORT_NOT_XLSX');
  const header: CellValue[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => {
    header[col - 1] = c.value;
  });
  const headerText = header.map((v) => cellText(v ?? null, false));
  const dateAt = new Set(
    headerText.flatMap((h, i) => (columns.find((c) => c.date && h !== null && c.header === normalize(h)) ? [i] : [])),
  );
  const cells: { row: number; values: (string | null)[] }[] = [{ row: 1, values: headerText }];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const values: (string | null)[] = [];
    for (let i = 0; i < headerText.length; i += 1) {
      values[i] = cellText(row.getCell(i + 1).value ?? null, dateAt.has(i));
    }
    cells.push({ row: n, values });
  });
  return tableOf(cells, columns);
}

/** A CSV (UTF-8, with or without a BOM) as a table. */
export function csvTable<K extends string>(buffer: Buffer, columns: readonly ImportColumn<K>[]): Table<K> {
  const rows = parseCsv(buffer);
  return tableOf(
    rows.map((values, i) => ({ row: i + 1, values: values.map((v) => (v.trim() === '' ? null : v.trim())) })),
    columns,
  );
}

/** Hours as typed: a number ≥ 0 in tenths, at most `max`. Answers the number or a reason. */
export function parseHours(text: string, max: number): number | Localized {
  const n = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(n)) return m('须为数字', 'must be a number');
  if (Math.round(n * 10) !== n * 10) return m('最多保留一位小数', 'at most one decimal');
  if (n > max) return m(`不能超过 ${max}`, `cannot exceed ${max}`);
  return n;
}
