import type { Lang, Localized } from '../../../contracts/i18n.ts';
import { interpolate } from '../../../contracts/i18n.ts';
import type { ImportProblem } from '../../../contracts/imports.ts';
import { SHEETS } from '../../../contracts/registry-sheets.ts';
import { fieldLabel } from '../../../contracts/validation.ts';
import type { ImportSheet } from './read-sheet.ts';
import { IMPORT_REASONS, type ImportReason } from './reasons.ts';

/** Problems beyond this many are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 1000;

interface RawProblem {
  row: number;
  /** Index into the sheet's columns; -1 when the file lacks the column or the problem is the row's. */
  col: number;
  field: string | null;
  reason: string;
  params: Record<string, string | number>;
  /** A rule's own wording (person rules), used after the column label. */
  message?: Localized;
}

/**
 * Every problem of an import, kept compactly while the rows are checked and
 * localized only for those listed (the first 1,000 by row and column).
 */
export class Problems {
  private readonly list: RawProblem[] = [];
  private readonly badRows = new Set<number>();

  constructor(private readonly sheet: ImportSheet) {}

  /** A problem of one cell (column key), with the cell's value and the reason's parameters. */
  add(row: number, key: string, reason: ImportReason, params: Record<string, string | number> = {}): void {
    this.list.push({ row, col: this.sheet.index.get(key) ?? -1, field: key, reason, params });
    this.badRows.add(row);
  }

  /** A problem worded by a shared rule (e.g. personRuleProblems). */
  addRule(row: number, key: string, reason: string, message: Localized): void {
    this.list.push({ row, col: this.sheet.index.get(key) ?? -1, field: key, reason, params: {}, message });
    this.badRows.add(row);
  }

  hasRow(row: number): boolean {
    return this.badRows.has(row);
  }

  get count(): number {
    return this.list.length;
  }

  /** The listed problems in the caller's language, by row then column. */
  listed(lang: Lang): ImportProblem[] {
    const sorted = [...this.list].sort((a, b) => a.row - b.row || a.col - b.col);
    return sorted.slice(0, MAX_LISTED_PROBLEMS).map((p) => {
      const column = p.col >= 0 ? this.sheet.columns[p.col]! : null;
      const def = SHEETS[this.sheet.kind].find((c) => c.key === p.field);
      const label = lang === 'zh-CN' && def ? def.header : fieldLabel(p.field ?? '', lang);
      const template = p.message
        ? `「{label}」${lang === 'zh-CN' ? '' : ' '}${p.message[lang]}`
        : IMPORT_REASONS[p.reason as ImportReason][lang];
      return {
        row: p.row,
        column: column?.label ?? null,
        field: p.field,
        reason: p.reason,
        message: interpolate(template, { ...p.params, label }),
      };
    });
  }
}

/**
 * True the first time a natural key (unit code, employee number…) is met in the
 * file; a later row with the same key is reported against the first.
 */
export function firstOfKey(
  seen: Map<string, number>,
  problems: Problems,
  row: number,
  field: string,
  key: string,
): boolean {
  const at = seen.get(key);
  if (at !== undefined) {
    problems.add(row, field, 'duplicate_in_file', { value: key, first: at });
    return false;
  }
  seen.set(key, row);
  return true;
}
