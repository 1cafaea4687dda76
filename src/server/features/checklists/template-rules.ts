import type { TemplateAreaInput } from '../../../contracts/checklists.ts';
import { MAX_TEMPLATE_ITEMS } from '../../../contracts/checklists.ts';
import type { Localized } from '../../../contracts/i18n.ts';

/**
 * The rules a template's content must follow beyond its schema, as a list of
 * problems (pure, so the API names the first one by field and the xlsx import
 * reports each by row and column).
 */

export interface ContentProblem {
  /** Index of the area, and of the item inside it (null: the area or the header). */
  area: number | null;
  item: number | null;
  /** The item's (or header's) field. */
  field: string;
  message: Localized;
}

export interface ContentInput {
  checklistWeightPct?: number;
  appraisalWeightPct?: number;
  dutyReportWeightPct?: number;
  projectWeightPct?: number;
  areas: TemplateAreaInput[];
}

const m = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });

/** The body field path of a problem: `areas.0.items.2.deadline`, or the header field. */
export function problemField(p: ContentProblem): string {
  if (p.area === null) return p.field;
  if (p.item === null) return `areas.${p.area}.${p.field}`;
  return `areas.${p.area}.items.${p.item}.${p.field}`;
}

export function contentProblems(body: ContentInput, year: number): ContentProblem[] {
  const out: ContentProblem[] = [];
  const c = body.checklistWeightPct ?? 60;
  const a = body.appraisalWeightPct ?? 20;
  const d = body.dutyReportWeightPct ?? 20;
  const pr = body.projectWeightPct ?? 0;
  const sum = c + a + d + pr;
  if (sum !== 100) {
    out.push({
      area: null,
      item: null,
      field: 'checklistWeightPct',
      message: m(
        `与党员评议、述职评议、领题项目权重之和须为100（现为${sum}）`,
        `plus the appraisal, duty report and led project weights must add up to 100 (now ${sum})`,
      ),
    });
  }
  const total = body.areas.reduce((s, ar) => s + ar.items.length, 0);
  if (total === 0) {
    out.push({ area: null, item: null, field: 'areas', message: m('至少需要一项任务', 'need at least one item') });
  }
  if (total > MAX_TEMPLATE_ITEMS) {
    out.push({
      area: null,
      item: null,
      field: 'areas',
      message: m(`任务不能超过${MAX_TEMPLATE_ITEMS}项`, `may hold at most ${MAX_TEMPLATE_ITEMS} items`),
    });
  }
  const ids = new Set<number>();
  body.areas.forEach((area, ai) => {
    area.items.forEach((it, ii) => {
      const p = (field: string, message: Localized) => out.push({ area: ai, item: ii, field, message });
      if (it.id !== undefined) {
        if (ids.has(it.id)) p('id', m('重复', 'is listed twice'));
        ids.add(it.id);
      }
      const hasDeadline = it.deadline != null;
      const hasCadence = it.cadence != null;
      if (hasDeadline === hasCadence) {
        p(
          'deadline',
          m(
            '须填写一个日期或一个周期（每月/每季/每半年/每年），二者选一',
            'needs either a date or a cadence, not both',
          ),
        );
      } else if (hasDeadline && !it.deadline!.startsWith(`${year}-`)) {
        p('deadline', m(`须在${year}年内`, `must lie within ${year}`));
      }
      if (!(it.weight > 0)) p('weight', m('须大于0', 'must be greater than 0'));
      else if (Math.abs(Math.round(it.weight * 100) - it.weight * 100) > 1e-6) {
        p('weight', m('最多两位小数', 'at most two decimals'));
      }
      const measure = it.measure ?? 'manual';
      if (it.targetValue != null) {
        if (it.targetUnit == null) p('targetUnit', m('填写了量化目标时必填', 'is required with a target'));
        if (measure === 'record_count' && it.measureKind == null) {
          p('measureKind', m('按纪实计数时必填', 'is required when counting records'));
        }
        if (measure !== 'record_count' && it.measureKind != null) {
          p('measureKind', m('仅在按纪实计数时填写', 'only applies when counting records'));
        }
        if (measure === 'lecture_audience' && it.targetUnit != null && it.targetUnit !== 'percent') {
          p('targetUnit', m('党课受众率的单位须为%', 'must be percent for the lecture audience'));
        }
      } else {
        if (it.targetUnit != null) p('targetUnit', m('未填写量化目标时不填', 'needs a target value'));
        if (measure !== 'manual') p('measure', m('未填写量化目标时只能为手工登记', 'must be manual without a target'));
        if (it.measureKind != null) p('measureKind', m('未填写量化目标时不填', 'needs a target value'));
      }
    });
  });
  return out;
}

/** Deadline shifted to another year; 02-29 becomes 02-28 where that year has none. */
export function shiftDeadline(deadline: string, year: number): string {
  const md = deadline.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${md === '02-29' && !leap ? '02-28' : md}`;
}
