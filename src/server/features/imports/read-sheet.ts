import type { CellValue, Row } from 'exceljs';
import { IMPORT_LIMITS, type ImportKind } from '../../../contracts/imports.ts';
import { columnLetter, SHEET_NAMES, SHEETS, type SheetColumn } from '../../../contracts/registry-sheets.ts';
import { AppError } from '../../platform/errors.ts';
import { cellText } from './cells.ts';
import { openWorksheet } from './workbook-parts.ts';

/** One column of the sheet that the import reads, where the file has it. */
export interface ImportColumn {
  key: string;
  def: SheetColumn;
  /** 1-based column number in this file (any order is accepted). */
  position: number;
  /** "C 所属机构编码": the column letter in this file and the template's header. */
  label: string;
}

/** One non-blank data row: its number as Excel shows it and the text of each read column. */
export interface ImportRow {
  row: number;
  /** Aligned with ImportSheet.columns; null for a blank cell. */
  values: (string | null)[];
}

export interface ImportSheet {
  kind: ImportKind;
  columns: ImportColumn[];
  /** Column key → index into `columns` and `values`; absent keys are columns the file does not have. */
  index: Map<string, number>;
  rows: ImportRow[];
}

/** A header as typed, without spaces or the required-marker. */
const normalize = (s: string) => s.replace(/\s+/g, '').replace(/[*＊]+$/, '');
/** The header without the template's bracketed hint: "委员工号（逗号分隔）" → "委员工号". */
const withoutHint = (s: string) => s.replace(/[（(][^）)]*[）)]$/, '');

function matchColumns(kind: ImportKind, headerCells: readonly CellValue[]): ImportColumn[] {
  const byHeader = new Map<string, SheetColumn>();
  for (const def of SHEETS[kind]) {
    if (def.exportOnly) continue;
    byHeader.set(normalize(def.header), def);
    byHeader.set(withoutHint(normalize(def.header)), def);
  }
  const out: ImportColumn[] = [];
  headerCells.forEach((cell, position) => {
    const text = cellText(cell ?? null, false);
    const def = text === null ? undefined : byHeader.get(normalize(text));
    // Unknown, export-only and repeated columns are ignored; the first of a repeat wins.
    if (!def || out.some((c) => c.key === def.key)) return;
    out.push({ key: def.key, def, position, label: `${columnLetter(position - 1)} ${def.header}` });
  });
  const missing = SHEETS[kind].filter((c) => c.required && !c.exportOnly && !out.some((o) => o.key === c.key));
  if (missing.length) {
    throw new AppError('IMPORT_MISSING_COLUMNS', { params: { columns: missing.map((c) => c.header).join('、') } });
  }
  return out;
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The `values` of a row: a sparse array indexed by 1-based column number. */
const rowValues = (row: Row): readonly CellValue[] => row.values as CellValue[];

/**
 * Reads the data sheet of an upload row by row (100k rows in a few seconds,
 * without the whole workbook model in memory). Whole-file problems are refused
 * with their own error codes; blank rows are skipped.
 */
export async function readSheet(buffer: Buffer, kind: ImportKind): Promise<ImportSheet> {
  if (buffer.length < ZIP_SIGNATURE.length || !buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new AppError('IMPORT_NOT_XLSX');
  }
  try {
    return await readRows(await openWorksheet(buffer, SHEET_NAMES[kind]), kind);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Anything the part parsers cannot read is not a workbook we accept.
    throw new AppError('IMPORT_NOT_XLSX');
  }
}

async function readRows(ws: AsyncIterable<Row>, kind: ImportKind): Promise<ImportSheet> {
  let columns: ImportColumn[] | null = null;
  const rows: ImportRow[] = [];
  for await (const row of ws) {
    if (columns === null) {
      // The header is row 1; a sheet starting lower has none of the columns.
      columns = matchColumns(kind, row.number === 1 ? rowValues(row) : []);
      if (row.number === 1) continue;
    }
    const cells = rowValues(row);
    const values = columns.map((c) => cellText(cells[c.position] ?? null, c.def.kind === 'date'));
    if (values.every((v) => v === null)) continue;
    if (rows.length === IMPORT_LIMITS.maxRows) {
      throw new AppError('IMPORT_TOO_MANY_ROWS', { params: { maxRows: IMPORT_LIMITS.maxRows } });
    }
    rows.push({ row: row.number, values });
  }
  if (columns === null) columns = matchColumns(kind, []);
  if (rows.length === 0) throw new AppError('IMPORT_EMPTY');
  return { kind, columns, index: new Map(columns.map((c, i) => [c.key, i])), rows };
}
