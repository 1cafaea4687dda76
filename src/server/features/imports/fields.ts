import { ENUM_LABELS, type EnumName } from '../../../contracts/registry-enums.ts';
import { SHEETS, type SheetColumn } from '../../../contracts/registry-sheets.ts';
import { parseDate, parseInteger, splitList } from './cells.ts';
import type { Problems } from './problems.ts';
import type { ImportRow, ImportSheet } from './read-sheet.ts';

/**
 * A cell read as a field: `undefined` when the file has no such column (the stored
 * value stays), `null` when the cell is blank or wrong (a wrong one is also a problem).
 */
export type Field<T> = T | null | undefined;

/** Values typed by people for an enumeration: labels in either language or the code. */
export interface Choices<T extends string> {
  byText: Map<string, T>;
  /** What the message lists as allowed (the template's drop-down values). */
  allowed: string[];
}

export function enumChoices<E extends EnumName>(name: E): Choices<Extract<keyof (typeof ENUM_LABELS)[E], string>> {
  type Code = Extract<keyof (typeof ENUM_LABELS)[E], string>;
  const byText = new Map<string, Code>();
  const allowed: string[] = [];
  for (const [code, label] of Object.entries(ENUM_LABELS[name]) as [Code, { 'zh-CN': string; 'en-US': string }][]) {
    byText.set(label['zh-CN'], code);
    byText.set(label['en-US'], code);
    byText.set(code, code);
    allowed.push(label['zh-CN']);
  }
  return { byText, allowed };
}

const CODE_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** Reads the cells of one row as typed fields, recording what is wrong. */
export class RowReader {
  private readonly defs: Map<string, SheetColumn>;
  private current: ImportRow | null = null;

  constructor(
    private readonly sheet: ImportSheet,
    private readonly problems: Problems,
  ) {
    this.defs = new Map(SHEETS[sheet.kind].map((c) => [c.key, c]));
  }

  at(row: ImportRow): this {
    this.current = row;
    return this;
  }

  get row(): number {
    return this.current!.row;
  }

  has(key: string): boolean {
    return this.sheet.index.has(key);
  }

  /** The cell as typed (blank: null; no such column: undefined), without checks. */
  raw(key: string): Field<string> {
    const i = this.sheet.index.get(key);
    return i === undefined ? undefined : this.current!.values[i]!;
  }

  /** Text, checked for presence when the column is required, and for length. */
  text(key: string, max = 64): Field<string> {
    const v = this.raw(key);
    if (v === null && this.defs.get(key)?.required) this.problems.add(this.row, key, 'required');
    if (v && v.length > max) {
      this.problems.add(this.row, key, 'too_long', { max });
      return null;
    }
    return v;
  }

  /** A natural key or reference code: letters, digits, "-" and "_". */
  code(key: string): Field<string> {
    const v = this.text(key);
    if (v && !CODE_PATTERN.test(v)) {
      this.problems.add(this.row, key, 'invalid_code', { value: v });
      return null;
    }
    return v;
  }

  choice<T extends string>(key: string, choices: Choices<T>): Field<T> {
    const v = this.text(key);
    if (!v) return v as null | undefined;
    const code = choices.byText.get(v);
    if (code === undefined) {
      this.problems.add(this.row, key, 'invalid_enum', { value: v, allowed: choices.allowed.join('、') });
      return null;
    }
    return code;
  }

  date(key: string): Field<string> {
    const v = this.text(key);
    if (!v) return v as null | undefined;
    const iso = parseDate(v);
    if (iso === null) this.problems.add(this.row, key, 'invalid_date', { value: v });
    return iso;
  }

  int(key: string, min: number, max: number): Field<number> {
    const v = this.text(key);
    if (!v) return v as null | undefined;
    const n = parseInteger(v);
    if (n === null) {
      this.problems.add(this.row, key, 'not_integer', { value: v });
      return null;
    }
    if (n < min || n > max) {
      this.problems.add(this.row, key, 'out_of_range', { min, max });
      return null;
    }
    return n;
  }

  /** Codes typed in one cell ("E1,E2"), each checked like a code. */
  codes(key: string): Field<string[]> {
    const v = this.raw(key);
    if (!v) return v as null | undefined;
    const list = splitList(v);
    const bad = list.find((c) => !CODE_PATTERN.test(c));
    if (bad !== undefined) {
      this.problems.add(this.row, key, 'invalid_code', { value: bad });
      return null;
    }
    return list;
  }
}
