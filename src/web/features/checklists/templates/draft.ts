import type { ActionKind } from '../../../../contracts/actions.ts';
import type { TemplatePreset } from '../../../../contracts/checklist-presets.ts';
import type {
  Cadence,
  ChecklistTemplateDetail,
  Measure,
  ResponsibleRole,
  TargetUnit,
  UpdateTemplateBody,
} from '../../../../contracts/checklists.ts';

/**
 * The editor's working copy of a template (pure helpers): header figures and
 * areas of item rows; rows keep their server id, new rows a local key.
 */
export interface DraftItem {
  key: string;
  id?: number;
  title: string;
  responsibleRole: ResponsibleRole;
  assessmentContent: string;
  deadline: string | null;
  cadence: Cadence | null;
  weight: number | null;
  targetValue: number | null;
  targetUnit: TargetUnit | null;
  measure: Measure;
  measureKind: ActionKind | null;
}
export interface DraftArea {
  key: string;
  title: string;
  items: DraftItem[];
}
export interface Draft {
  name: string;
  partialCreditPct: number;
  checklistWeightPct: number;
  appraisalWeightPct: number;
  dutyReportWeightPct: number;
  projectWeightPct: number;
  areas: DraftArea[];
}

let seq = 0;
export const newKey = () => `k${++seq}`;

export const blankItem = (): DraftItem => ({
  key: newKey(),
  title: '',
  responsibleRole: 'counselor',
  assessmentContent: '',
  deadline: null,
  cadence: 'yearly',
  weight: null,
  targetValue: null,
  targetUnit: null,
  measure: 'manual',
  measureKind: null,
});
export const blankArea = (): DraftArea => ({ key: newKey(), title: '', items: [blankItem()] });

export const blankDraft = (name: string): Draft => ({
  name,
  partialCreditPct: 50,
  checklistWeightPct: 60,
  appraisalWeightPct: 20,
  dutyReportWeightPct: 20,
  projectWeightPct: 0,
  areas: [blankArea()],
});

type ItemLike = Omit<DraftItem, 'key' | 'assessmentContent' | 'measure'> & {
  assessmentContent?: string | null;
  measure?: Measure;
};
const toDraftItem = (i: Partial<ItemLike> & Pick<ItemLike, 'title' | 'responsibleRole'>): DraftItem => ({
  key: newKey(),
  ...(i.id !== undefined ? { id: i.id } : {}),
  title: i.title,
  responsibleRole: i.responsibleRole,
  assessmentContent: i.assessmentContent ?? '',
  deadline: i.deadline ?? null,
  cadence: i.cadence ?? null,
  weight: i.weight ?? null,
  targetValue: i.targetValue ?? null,
  targetUnit: i.targetUnit ?? null,
  measure: i.measure ?? 'manual',
  measureKind: i.measureKind ?? null,
});

export function draftOf(t: ChecklistTemplateDetail): Draft {
  return {
    name: t.name,
    partialCreditPct: t.partialCreditPct,
    checklistWeightPct: t.checklistWeightPct,
    appraisalWeightPct: t.appraisalWeightPct,
    dutyReportWeightPct: t.dutyReportWeightPct,
    projectWeightPct: t.projectWeightPct,
    areas: t.areas.map((a) => ({ key: newKey(), title: a.title, items: a.items.map(toDraftItem) })),
  };
}

export function draftOfPreset(p: TemplatePreset, name: string): Draft {
  return {
    name,
    partialCreditPct: p.partialCreditPct,
    checklistWeightPct: p.checklistWeightPct,
    appraisalWeightPct: p.appraisalWeightPct,
    dutyReportWeightPct: p.dutyReportWeightPct,
    projectWeightPct: p.projectWeightPct,
    areas: p.areas.map((a) => ({
      key: newKey(),
      title: a.title,
      items: a.items.map((i) => toDraftItem({ ...i, measure: i.measure ?? 'manual' })),
    })),
  };
}

/** The body the API takes (without version / unit / year). */
export function contentOf(d: Draft): Omit<UpdateTemplateBody, 'version'> {
  return {
    name: d.name.trim(),
    partialCreditPct: d.partialCreditPct,
    checklistWeightPct: d.checklistWeightPct,
    appraisalWeightPct: d.appraisalWeightPct,
    dutyReportWeightPct: d.dutyReportWeightPct,
    projectWeightPct: d.projectWeightPct,
    areas: d.areas.map((a) => ({
      title: a.title.trim(),
      items: a.items.map((i) => {
        const hasTarget = i.targetValue != null;
        return {
          ...(i.id !== undefined ? { id: i.id } : {}),
          title: i.title.trim(),
          responsibleRole: i.responsibleRole,
          assessmentContent: i.assessmentContent.trim() || null,
          deadline: i.cadence ? null : i.deadline,
          cadence: i.cadence,
          weight: i.weight ?? 0,
          targetValue: hasTarget ? i.targetValue : null,
          targetUnit: hasTarget ? i.targetUnit : null,
          measure: hasTarget ? i.measure : 'manual',
          measureKind: hasTarget && i.measure === 'record_count' ? i.measureKind : null,
        };
      }),
    })),
  };
}

/** Moves the element at `i` by `by` places (a no-op at either end). */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export const totalsOf = (d: Draft) => {
  const items = d.areas.flatMap((a) => a.items);
  const weight = Math.round(items.reduce((s, i) => s + (i.weight ?? 0), 0) * 100) / 100;
  return { items: items.length, weight };
};
