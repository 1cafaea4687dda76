import { eq } from 'drizzle-orm';
import { accounts } from '../../src/server/db/schema/accounts.ts';
import {
  checklistAreas,
  checklistAssignments,
  checklistItems,
  checklistTemplates,
} from '../../src/server/db/schema/checklists.ts';
import type { TestEnv } from './app.ts';

/** One item of a hand-built checklist (defaults: counselor, yearly, manual, no target). */
export interface SeedItem {
  area?: string;
  title: string;
  weight: number;
  responsibleRole?: 'committee' | 'secretary' | 'supervisor' | 'counselor';
  deadline?: string | null;
  cadence?: 'monthly' | 'quarterly' | 'half_year' | 'yearly' | null;
  targetValue?: number | null;
  targetUnit?: 'times' | 'hours' | 'percent' | 'pieces' | null;
  measure?: 'manual' | 'record_count' | 'lecture_audience';
  measureKind?: string | null;
}

export interface SeededChecklist {
  templateId: number;
  /** Item ids in the order given. */
  itemIds: number[];
  /** Assignment id by assigned unit code. */
  assignmentIds: Map<string, number>;
}

/**
 * A checklist written straight into the tables (set-up for tests that are not about
 * creating templates): owner unit, year, items grouped by area in order, assigned units.
 */
export async function seedChecklist(
  env: TestEnv,
  v: {
    unitCode: string;
    year: number;
    name?: string;
    items: SeedItem[];
    assignTo: string[];
    partialCreditPct?: number;
    weights?: { checklist: number; appraisal: number; dutyReport: number; project?: number };
  },
): Promise<SeededChecklist> {
  const db = env.database.db;
  const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  const [template] = await db
    .insert(checklistTemplates)
    .values({
      unitId: env.fixture.unit(v.unitCode),
      year: v.year,
      name: v.name ?? `${v.year}年党建责任清单`,
      partialCreditPct: v.partialCreditPct ?? 50,
      checklistWeightPct: v.weights?.checklist ?? 60,
      appraisalWeightPct: v.weights?.appraisal ?? 20,
      dutyReportWeightPct: v.weights?.dutyReport ?? 20,
      projectWeightPct: v.weights?.project ?? 0,
      createdBy: admin!.id,
    })
    .returning({ id: checklistTemplates.id });
  const templateId = template!.id;
  const areaIds = new Map<string, number>();
  const itemIds: number[] = [];
  for (const [i, item] of v.items.entries()) {
    const areaTitle = item.area ?? '党建工作';
    let areaId = areaIds.get(areaTitle);
    if (areaId === undefined) {
      const [area] = await db
        .insert(checklistAreas)
        .values({ templateId, ordinal: areaIds.size + 1, title: areaTitle })
        .returning({ id: checklistAreas.id });
      areaId = area!.id;
      areaIds.set(areaTitle, areaId);
    }
    const [row] = await db
      .insert(checklistItems)
      .values({
        templateId,
        areaId,
        ordinal: i + 1,
        title: item.title,
        responsibleRole: item.responsibleRole ?? 'counselor',
        deadline: item.deadline ?? null,
        cadence: item.deadline ? null : (item.cadence ?? 'yearly'),
        weight: item.weight,
        targetValue: item.targetValue ?? null,
        targetUnit: item.targetUnit ?? null,
        measure: item.measure ?? 'manual',
        measureKind: item.measureKind ?? null,
      })
      .returning({ id: checklistItems.id });
    itemIds.push(row!.id);
  }
  const assignmentIds = new Map<string, number>();
  for (const code of v.assignTo) {
    const [a] = await db
      .insert(checklistAssignments)
      .values({ templateId, unitId: env.fixture.unit(code) })
      .returning({ id: checklistAssignments.id });
    assignmentIds.set(code, a!.id);
  }
  return { templateId, itemIds, assignmentIds };
}
