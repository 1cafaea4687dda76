import type { CellValue } from 'exceljs';
import { todayInChina } from '../../../contracts/person-rules.ts';

/**
 * Spreadsheet cells as text. People type registries in Excel or WPS: a cell may
 * hold a string, a number, a date, rich text, a hyperlink or a formula; the
 * import reads every one of them as the text the user sees.
 */

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 (1899-12-30, counting the 1900 leap-year bug) in Unix milliseconds. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date as the enterprise reads it: the calendar day in Beijing time. */
export function chinaDate(d: Date): string {
  return todayInChina(d);
}

/** An Excel date serial (days since 1899-12-30, fraction = time of day) as a calendar day. */
function serialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  // The same reading ExcelJS gives date-formatted cells: the serial as a UTC instant, then its Beijing day.
  return chinaDate(new Date(EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY)));
}

function numberText(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(n);
}

/**
 * The text of a cell, trimmed; null when blank. In a date column a bare number is
 * an Excel serial (the cell lost its date format), so it becomes YYYY-MM-DD.
 */
export function cellText(value: CellValue, dateColumn: boolean): string | null {
  let text: string;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = dateColumn ? (serialDate(value) ?? numberText(value)) : numberText(value);
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : chinaDate(value);
  else if ('richText' in value) text = value.richText.map((r) => r.text).join('');
  else if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    return typeof result === 'object' && result !== null && 'error' in result
      ? null
      : cellText(result ?? null, dateColumn);
  } else if ('hyperlink' in value) text = typeof value.text === 'string' ? value.text : '';
  else if ('error' in value) text = String(value.error);
  else text = '';
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A typed date as ISO YYYY-MM-DD, or null when it is no real date. Besides the ISO
 * form, the usual Chinese spellings are accepted: 2015/7/1, 2015.7.1, 2015年7月1日,
 * 20150701, optionally followed by a midnight time that some tools append.
 */
export function parseDate(text: string): string | null {
  const s = text
    .trim()
    .replace(/\s+0?0:00(:00)?$/, '')
    .replace(/日$/, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A whole number as typed ("4", "4.0"), or null when it is not one. */
export function parseInteger(text: string): number | null {
  if (!/^[+-]?\d+(\.0+)?$/.test(text.trim())) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** A list typed in one cell: commas (either width), 、, semicolons or spaces separate the items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
