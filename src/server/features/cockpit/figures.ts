import { eq } from 'drizzle-orm';
import type { Cockpit, CockpitFigure } from '../../../contracts/cockpit.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import { parsePeriod } from '../../../contracts/periods.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { pathIds, topPaths } from '../../platform/scope.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { dayBefore, localDate } from '../compliance/periods.ts';
import { getUnitDetail, listUnitChildren, loadUnitInScope } from '../units/queries.ts';
import { figureText, sectionOf } from './labels.ts';
import {
  type ActiveScheme,
  activeSchemes,
  allFigures,
  type CoreFigure,
  type UnitPeriod,
  unitActor,
} from './sources.ts';

export interface CockpitInput {
  /** Omitted: the caller's (first) scope root. */
  unitId: number | undefined;
  period: string;
  lang: Lang;
}

/** The unit asked for (in the caller's scope, else 404) or the caller's first scope root. */
export async function cockpitUnitId(db: Db, actor: Actor, unitId: number | undefined): Promise<number> {
  if (unitId !== undefined) {
    await loadUnitInScope(db, actor, unitId);
    return unitId;
  }
  const root = topPaths(actor.scopePaths)[0];
  if (!root) throw notFound();
  return pathIds(root).at(-1)!;
}

/** Where a unit's figures are computed (see UnitPeriod): no caller involved beyond `base`'s permissions. */
export async function unitPeriod(db: Db, base: Actor, unitId: number, period: string, now: Date): Promise<UnitPeriod> {
  const [unit] = await db
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind, path: units.path })
    .from(units)
    .where(eq(units.id, unitId));
  if (!unit) throw notFound();
  const { value } = await readRecordSettings(db);
  const bounds = parsePeriod(period);
  return {
    unit,
    actor: unitActor(base, unit),
    period,
    start: bounds.start,
    end: bounds.end,
    lastDay: dayBefore(bounds.end),
    year: Number(period.slice(0, 4)),
    today: localDate(now, value.timeZone),
    timeZone: value.timeZone,
    now,
  };
}

/** The part of the cockpit that depends on the unit and period only (what the store keeps). */
export interface CockpitCore {
  unit: { id: number; code: string; name: string; kind: string };
  period: { label: string; start: string; end: string };
  today: string;
  figures: CoreFigure[];
  computedAt: string;
}

export async function computeCore(db: Db, u: UnitPeriod, active?: ActiveScheme[]): Promise<CockpitCore> {
  const figures = await allFigures(db, u, active ?? (await activeSchemes(db)));
  const { path: _path, ...unit } = u.unit;
  return {
    unit,
    period: { label: u.period, start: u.start, end: u.end },
    today: u.today,
    figures,
    computedAt: new Date().toISOString(),
  };
}

export function localizeFigure(f: CoreFigure, lang: Lang): CockpitFigure {
  return {
    key: f.key,
    section: sectionOf(f.key),
    ...figureText(f.key, lang, f.name),
    better: f.better,
    rate: f.rate,
    count: f.count,
    link: f.link,
  };
}

/** The caller's view of a core: localized, with the trail from their scope root and the children in scope. */
export async function present(db: Db, actor: Actor, core: CockpitCore, lang: Lang, cached: boolean): Promise<Cockpit> {
  const detail = await getUnitDetail(db, actor, core.unit.id);
  const children = await listUnitChildren(db, actor, core.unit.id, false);
  return {
    unit: core.unit,
    trail: [...detail.ancestors, { id: detail.id, name: detail.name }],
    period: core.period,
    today: core.today,
    figures: core.figures.map((f) => localizeFigure(f, lang)),
    children: children.map((c) => ({ id: c.id, code: c.code, name: c.name, kind: c.kind })),
    computedAt: core.computedAt,
    cached,
  };
}

/**
 * The cockpit computed fresh from the modules' own services (no store): each figure
 * is the owning module's figure for the unit's subtree and the period.
 */
export async function computeCockpit(db: Db, actor: Actor, q: CockpitInput, now = new Date()): Promise<Cockpit> {
  const unitId = await cockpitUnitId(db, actor, q.unitId);
  const core = await computeCore(db, await unitPeriod(db, actor, unitId, q.period, now));
  return present(db, actor, core, q.lang, false);
}
