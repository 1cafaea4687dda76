import ExcelJS from 'exceljs';
import { ACTION_KINDS, ACTION_LABELS, type ActionKind } from '../../../contracts/actions.ts';
import type {
  Cadence,
  ChecklistTemplateDetail,
  Measure,
  ResponsibleRole,
  TargetUnit,
} from '../../../contracts/checklists.ts';

/**
 * The template's sheet (责任清单): one row per item, grouped by area in order. The
 * export, the blank import template and the import share these columns and words.
 */

export const SHEET_NAME = '责任清单';
export const GUIDE_SHEET = '填写说明';

export const COLUMNS = [
  { key: 'area', header: '领域', width: 28, required: true },
  { key: 'ordinal', header: '序号', width: 6, required: false },
  { key: 'title', header: '任务', width: 40, required: true },
  { key: 'role', header: '责任主体', width: 10, required: true },
  { key: 'content', header: '考核内容', width: 40, required: false },
  { key: 'when', header: '时间节点', width: 12, required: true },
  { key: 'weight', header: '分值', width: 8, required: true },
  { key: 'target', header: '量化目标', width: 10, required: false },
  { key: 'targetUnit', header: '目标单位', width: 10, required: false },
  { key: 'measure', header: '计量方式', width: 12, required: false },
  { key: 'measureKind', header: '计量动作', width: 14, required: false },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];

export const ROLE_WORDS: Record<ResponsibleRole, string> = {
  committee: '党委',
  secretary: '书记',
  supervisor: '监督员',
  counselor: '辅导员',
};
export const CADENCE_WORDS: Record<Cadence, string> = {
  monthly: '每月',
  quarterly: '每季',
  half_year: '每半年',
  yearly: '每年',
};
export const UNIT_WORDS: Record<TargetUnit, string> = { times: '次', hours: '学时', percent: '%', pieces: '篇' };
export const MEASURE_WORDS: Record<Measure, string> = {
  manual: '手工登记',
  record_count: '纪实计数',
  lecture_audience: '党课受众率',
};
export const actionWord = (k: ActionKind) => ACTION_LABELS.actionKind[k]['zh-CN'];
export const ACTION_WORDS = ACTION_KINDS.map(actionWord);

const DATA_ROWS = 500;

function headerRow(ws: ExcelJS.Worksheet): void {
  ws.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The template as a workbook that imports back into the same content. */
export async function exportWorkbook(t: ChecklistTemplateDetail): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME);
  headerRow(ws);
  for (const area of t.areas) {
    for (const i of area.items) {
      ws.addRow([
        area.title,
        i.ordinal,
        i.title,
        ROLE_WORDS[i.responsibleRole],
        i.assessmentContent ?? '',
        i.deadline ?? (i.cadence ? CADENCE_WORDS[i.cadence] : ''),
        i.weight,
        i.targetValue ?? '',
        i.targetUnit ? UNIT_WORDS[i.targetUnit] : '',
        i.targetValue == null ? '' : MEASURE_WORDS[i.measure],
        i.measureKind ? actionWord(i.measureKind) : '',
      ]);
    }
  }
  addGuide(wb, t);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addGuide(wb: ExcelJS.Workbook, t?: ChecklistTemplateDetail): void {
  const g = wb.addWorksheet(GUIDE_SHEET);
  g.columns = [{ width: 14 }, { width: 90 }];
  const lines: [string, string][] = [
    ['领域', '任务所属的领域；同一领域的任务连续填写，领域按首次出现的顺序排列'],
    ['序号', '可不填；导入时按行的先后重新编号'],
    ['任务', '必填'],
    ['责任主体', `必填：${Object.values(ROLE_WORDS).join('、')}`],
    ['考核内容', '选填'],
    ['时间节点', `必填：本年度内的日期（如 2026-06-30），或周期：${Object.values(CADENCE_WORDS).join('、')}`],
    ['分值', '必填，大于0，最多两位小数'],
    ['量化目标', '选填，数字；填写时须填目标单位'],
    ['目标单位', Object.values(UNIT_WORDS).join('、')],
    ['计量方式', `${Object.values(MEASURE_WORDS).join('、')}；不填量化目标时为手工登记`],
    ['计量动作', '计量方式为纪实计数时必填，如：党课、主题党日'],
  ];
  if (t) lines.unshift(['清单', `${t.year} · ${t.unit.name} · ${t.name}`]);
  for (const l of lines) g.addRow(l);
}

/** The blank import template: the sheet with its drop-downs, and the guide. */
export async function blankWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME);
  headerRow(ws);
  const lists = wb.addWorksheet('选项', { state: 'hidden' });
  const columns: [string, string[]][] = [
    ['role', Object.values(ROLE_WORDS)],
    ['when', Object.values(CADENCE_WORDS)],
    ['targetUnit', Object.values(UNIT_WORDS)],
    ['measure', Object.values(MEASURE_WORDS)],
    ['measureKind', ACTION_WORDS],
  ];
  columns.forEach(([key, words], li) => {
    const letter = String.fromCharCode(65 + li);
    words.forEach((w, wi) => {
      lists.getCell(`${letter}${wi + 1}`).value = w;
    });
    const col = COLUMNS.findIndex((c) => c.key === key) + 1;
    for (let r = 2; r <= DATA_ROWS; r += 1) {
      ws.getCell(r, col).dataValidation = {
        type: 'list',
        // A date may be typed in 时间节点 too, so that column only suggests.
        allowBlank: true,
        showErrorMessage: key !== 'when',
        formulae: [`选项!$${letter}$1:$${letter}$${words.length}`],
      };
    }
  });
  addGuide(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
