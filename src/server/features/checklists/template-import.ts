import type { CellValue, Row } from 'exceljs';
import { ACTION_KINDS } from '../../../contracts/actions.ts';
import type {
  Cadence,
  Measure,
  ResponsibleRole,
  TargetUnit,
  TemplateAreaInput,
  TemplateImportQuery,
  TemplateImportResult,
} from '../../../contracts/checklists.ts';
import { MAX_TEMPLATE_ITEMS } from '../../../contracts/checklists.ts';
import type { Lang, Localized } from '../../../contracts/i18n.ts';
import { columnLetter } from '../../../contracts/registry-sheets.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { cellText, parseDate } from '../imports/cells.ts';
import { openWorksheet } from '../imports/workbook-parts.ts';
import { contentProblems } from './template-rules.ts';
import {
  ACTION_WORDS,
  CADENCE_WORDS,
  COLUMNS,
  type ColumnKey,
  MEASURE_WORDS,
  ROLE_WORDS,
  SHEET_NAME,
  UNIT_WORDS,
} from './template-xlsx.ts';
import { checkNewHeader, createTemplate } from './templates.ts';

/**
 * Importing a template sheet: every row is checked, every problem reported by row
 * and column; a commit creates the template only when no row has a problem.
 */

const m = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });
const normalize = (s: string) => s.replace(/\s+/g, '').replace(/[*＊]+$/, '');
const reverse = <K extends string>(words: Record<K, string>) =>
  new Map(Object.entries(words).map(([k, w]) => [w as string, k as K]));
const ROLES = reverse<ResponsibleRole>(ROLE_WORDS);
const CADENCES = reverse<Cadence>(CADENCE_WORDS);
const UNITS = reverse<TargetUnit>(UNIT_WORDS);
const MEASURES = reverse<Measure>(MEASURE_WORDS);
const ACTIONS = new Map(ACTION_WORDS.map((w, i) => [w, ACTION_KINDS[i]!]));

/** The content of the sheet: areas with items, the row of each item, and the problems found. */
export async function parseTemplateSheet(buffer: Buffer, lang: Lang, year: number) {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw new AppError('IMPORT_NOT_XLSX');
  let rowsIter: AsyncIterable<Row>;
  try {
    rowsIter = await openWorksheet(buffer, SHEET_NAME);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_NOT_XLSX');
  }
  const errors: TemplateImportResult['errors'] = [];
  let position: Map<ColumnKey, number> | null = null;
  const labelOf = (key: ColumnKey) => {
    const i = COLUMNS.findIndex((c) => c.key === key);
    const pos = position?.get(key);
    return `${pos ? columnLetter(pos - 1) : columnLetter(i)} ${COLUMNS[i]!.header}`;
  };
  const areas: TemplateAreaInput[] = [];
  const itemRows: number[][] = [];
  let count = 0;
  try {
    for await (const row of rowsIter) {
      const cells = row.values as CellValue[];
      if (position === null) {
        const found = new Map<ColumnKey, number>();
        position = found;
        if (row.number === 1) {
          cells.forEach((c, pos) => {
            const text = cellText(c ?? null, false);
            const col = text === null ? undefined : COLUMNS.find((d) => d.header === normalize(text));
            if (col && !found.has(col.key)) found.set(col.key, pos);
          });
        }
        const missing = COLUMNS.filter((c) => c.required && !found.has(c.key));
        if (missing.length) {
          throw new AppError('IMPORT_MISSING_COLUMNS', {
            params: { columns: missing.map((c) => c.header).join('、') },
          });
        }
        if (row.number === 1) continue;
      }
      const get = (key: ColumnKey) => {
        const pos = position!.get(key);
        return pos === undefined ? null : cellText(cells[pos] ?? null, key === 'when');
      };
      if (COLUMNS.every((c) => get(c.key) === null)) continue;
      count += 1;
      if (count > MAX_TEMPLATE_ITEMS) {
        errors.push({
          row: row.number,
          column: labelOf('title'),
          message: m(`任务不能超过${MAX_TEMPLATE_ITEMS}项`, `at most ${MAX_TEMPLATE_ITEMS} items`)[lang],
        });
        break;
      }
      const bad = (key: ColumnKey, msg: Localized) =>
        errors.push({ row: row.number, column: labelOf(key), message: msg[lang] });
      const required = (key: ColumnKey) => {
        const v = get(key);
        if (v === null) bad(key, m('必填', 'is required'));
        return v;
      };
      const areaTitle = required('area') ?? '';
      const title = required('title') ?? '';
      const roleText = required('role');
      const role = roleText === null ? undefined : ROLES.get(roleText);
      if (roleText !== null && !role) bad('role', m(`须为${[...ROLES.keys()].join('、')}之一`, 'is not a known role'));
      const whenText = required('when');
      let deadline: string | null = null;
      let cadence: Cadence | null = null;
      if (whenText !== null) {
        cadence = CADENCES.get(whenText) ?? null;
        if (!cadence) {
          deadline = parseDate(whenText);
          if (!deadline) bad('when', m('须为日期或每月/每季/每半年/每年', 'must be a date or a cadence'));
        }
      }
      const num = (key: ColumnKey) => {
        const v = get(key);
        if (v === null) return null;
        const n = Number(v.replace(/[%％]$/, ''));
        if (!Number.isFinite(n) || n <= 0) {
          bad(key, m('须为大于0的数字', 'must be a number greater than 0'));
          return null;
        }
        return n;
      };
      const weightText = required('weight');
      const weight = weightText === null ? null : num('weight');
      const targetValue = num('target');
      const word = <T>(key: ColumnKey, map: Map<string, T>) => {
        const v = get(key);
        if (v === null) return null;
        const k = map.get(v);
        if (k === undefined) bad(key, m(`须为${[...map.keys()].join('、')}之一`, 'is not a known choice'));
        return k ?? null;
      };
      const targetUnit = word('targetUnit', UNITS);
      const measure = word('measure', MEASURES);
      const measureKind = word('measureKind', ACTIONS);
      if (areas.at(-1)?.title !== areaTitle) {
        areas.push({ title: areaTitle, items: [] });
        itemRows.push([]);
      }
      areas.at(-1)!.items.push({
        title,
        responsibleRole: role ?? 'counselor',
        assessmentContent: get('content'),
        deadline,
        cadence,
        weight: weight ?? 1,
        targetValue,
        targetUnit,
        measure: measure ?? 'manual',
        measureKind,
      });
      itemRows.at(-1)!.push(row.number);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_NOT_XLSX');
  }
  if (count === 0) throw new AppError('IMPORT_EMPTY');
  const fieldColumn: Record<string, ColumnKey> = {
    deadline: 'when',
    weight: 'weight',
    targetUnit: 'targetUnit',
    measure: 'measure',
    measureKind: 'measureKind',
    targetValue: 'target',
  };
  for (const p of contentProblems({ areas }, year)) {
    if (p.area === null || p.item === null) continue;
    const row = itemRows[p.area]?.[p.item];
    if (row === undefined) continue;
    const col = fieldColumn[p.field] ?? 'title';
    // One message per cell: a cell already refused keeps its first reason.
    if (errors.some((e) => e.row === row && e.column === labelOf(col))) continue;
    errors.push({ row, column: labelOf(col), message: p.message[lang] });
  }
  errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return { areas, errors, rows: count };
}

export async function importTemplate(
  tx: Db,
  ctx: ServiceContext,
  q: TemplateImportQuery,
  buffer: Buffer,
): Promise<TemplateImportResult> {
  await checkNewHeader(tx, ctx, q.unitId, q.year, q.name);
  const { areas, errors, rows } = await parseTemplateSheet(buffer, ctx.lang, q.year);
  if (errors.length > 0 || q.mode === 'dry_run') return { ok: errors.length === 0, rows, errors };
  const templateId = await createTemplate(tx, ctx, { unitId: q.unitId, year: q.year, name: q.name, areas });
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.template_import',
    targetType: 'checklist_template',
    targetId: templateId,
    detail: { rows },
  });
  return { ok: true, rows, errors: [], templateId };
}
