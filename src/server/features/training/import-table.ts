import type { CellValue, Row } from 'exceljs';
import type { Localized } from '../../../contracts/i18n.ts';
import { IMPORT_LIMITS } from '../../../contracts/imports.ts';
import { columnLetter } from '../../../contracts/registry-sheets.ts';
import { AppError } from '../../platform/errors.ts';
import { cellText } from '../imports/cells.ts';
import { openWorksheet } from '../imports/workbook-parts.ts';
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

/**
 * The named sheet of an xlsx (else its first sheet) as a table, read by the
 * registry imports' own reader (decision 0012), so every import opens files alike.
 */
export async function xlsxTable<K extends string>(
  buffer: Buffer,
  columns: readonly ImportColumn<K>[],
  sheetName?: string,
): Promise<Table<K>> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw new AppError('IMPORT_NOT_XLSX');
  let sheet: AsyncIterable<Row>;
  try {
    sheet = await openWorksheet(buffer, { prefer: sheetName });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_NOT_XLSX');
  }
  // ExcelJS rows are 1-based: values[1] is column A.
  let headerText: (string | null)[] = [];
  let dateAt = new Set<number>();
  const cells: { row: number; values: (string | null)[] }[] = [];
  for await (const row of sheet) {
    const values = row.values as CellValue[];
    if (row.number === 1) {
      headerText = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) =>
        cellText(values[i + 1] ?? null, false),
      );
      dateAt = new Set(
        headerText.flatMap((h, i) =>
          columns.find((c) => c.date && h !== null && c.header === normalize(h)) ? [i] : [],
        ),
      );
      cells.push({ row: 1, values: headerText });
      continue;
    }
    if (cells.length === 0) cells.push({ row: 1, values: [] });
    cells.push({ row: row.number, values: headerText.map((_, i) => cellText(values[i + 1] ?? null, dateAt.has(i))) });
  }
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
