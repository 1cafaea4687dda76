import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import { IMPORT_LIMITS, type ImportKind } from '../../../contracts/imports.ts';
import { ENUM_LABELS } from '../../../contracts/registry-enums.ts';
import { columnLetter, SHEET_NAMES, SHEETS, type SheetColumn } from '../../../contracts/registry-sheets.ts';
import type { Vocabulary } from '../../../contracts/vocabulary.ts';
import { columnFormat, columnNote, generalRules } from './template-text.ts';
import { ACTIVE_CHOICES, unitKindChoices } from './validate-units.ts';

export const OPTIONS_SHEET = '选项';
export const GUIDE_SHEET = '填写说明';

/** Drop-down values that are data rather than enumerations, by column key (the pairings sheet's scheme names). */
export type DataChoices = Partial<Record<string, string[]>>;

/** The drop-down values of a column (Chinese labels; unit kinds in this enterprise's words), or null. */
export function choicesOf(col: SheetColumn, vocabulary: Vocabulary, data: DataChoices = {}): string[] | null {
  const listed = data[col.key];
  if (listed) return listed.length ? listed : null;
  if (col.enumName === 'unitKind') return unitKindChoices(vocabulary).allowed;
  if (col.enumName) return Object.values(ENUM_LABELS[col.enumName]).map((l) => l['zh-CN']);
  if (col.key === 'active') return ACTIVE_CHOICES.allowed;
  return null;
}

/** ExcelJS keeps range validations on the sheet but does not declare them. */
function addValidation(ws: Worksheet, range: string, dv: DataValidation): void {
  (ws as unknown as { dataValidations: { add(a: string, v: DataValidation): void } }).dataValidations.add(range, dv);
}

/**
 * The import template of a registry list (or of pairings): the data sheet (headers, required
 * ones marked "*", frozen, text-formatted so codes, ID numbers and dates stay as
 * typed, drop-downs on enumerated columns), a guide to every column, and the
 * hidden sheet the drop-downs read their values from.
 */
export async function buildTemplate(
  kind: ImportKind,
  vocabulary: Vocabulary,
  lists: DataChoices = {},
): Promise<Buffer> {
  const columns = SHEETS[kind].filter((c) => !c.exportOnly);
  const wb = new ExcelJS.Workbook();
  wb.creator = '联点';
  const data = wb.addWorksheet(SHEET_NAMES[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const options = wb.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });

  data.columns = columns.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: c.width ?? 14,
    style: c.kind === 'int' ? {} : { numFmt: '@' },
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  let optionCol = 0;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, color: { argb: c.required ? 'FFC00000' : 'FF000000' } };
    cell.note = columnNote(kind, c, vocabulary);
    const values = choicesOf(c, vocabulary, lists);
    if (!values) return;
    optionCol++;
    const letter = columnLetter(optionCol - 1);
    options.getCell(`${letter}1`).value = c.header;
    values.forEach((v, j) => {
      options.getCell(`${letter}${j + 2}`).value = v;
    });
    const target = columnLetter(i);
    addValidation(data, `${target}2:${target}${IMPORT_LIMITS.maxRows + 1}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      // Data lists only suggest: a scheme may also be given by its code.
      errorStyle: lists[c.key] ? 'warning' : 'stop',
      errorTitle: '取值无效',
      error: `请从下拉列表中选择：${values.join('、')}`,
    });
  });

  guide.columns = [
    { header: '列名', width: 22 },
    { header: '是否必填', width: 10 },
    { header: '格式 / 可选值', width: 44 },
    { header: '示例', width: 22 },
    { header: '说明', width: 70 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of columns) {
    guide.addRow([
      c.header,
      c.required ? '是' : '否',
      columnFormat(c, vocabulary),
      c.example,
      columnNote(kind, c, vocabulary),
    ]);
  }
  guide.addRow([]);
  guide.addRow(['填写规则']).font = { bold: true };
  generalRules(kind).forEach((rule, i) => {
    const row = guide.addRow([`${i + 1}. ${rule}`]);
    guide.mergeCells(row.number, 1, row.number, 5);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  guide.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
