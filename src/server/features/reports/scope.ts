import type { Lang } from '../../../contracts/i18n.ts';
import { parsePeriod } from '../../../contracts/periods.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { cockpitUnitId } from '../cockpit/figures.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { dayBefore, localDate } from '../compliance/periods.ts';
import { getUnitDetail, listUnitChildren, loadUnitInScope } from '../units/queries.ts';

export interface ReportUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  path: string;
}

/** Everything the sheets of one report share: who asks, the unit and its children, the period, today. */
export interface ReportScope {
  actor: Actor;
  lang: Lang;
  unit: ReportUnit;
  /** The unit's active children in the caller's scope, as the modules' drill-downs list them. */
  children: ReportUnit[];
  period: { label: string; start: string; end: string };
  /** The period's last day. */
  lastDay: string;
  year: number;
  today: string;
  timeZone: string;
  now: Date;
}

export interface ReportInput {
  unitId: number | undefined;
  period: string;
  lang: Lang;
}

/** The unit (in scope, else 404; none: the caller's first scope root, as the cockpit) and the period's bounds. */
export async function reportScope(db: Db, actor: Actor, q: ReportInput, now = new Date()): Promise<ReportScope> {
  const unitId = await cockpitUnitId(db, actor, q.unitId);
  const { path } = await loadUnitInScope(db, actor, unitId);
  const detail = await getUnitDetail(db, actor, unitId);
  const children = await listUnitChildren(db, actor, unitId, false);
  const { value: settings } = await readRecordSettings(db);
  const bounds = parsePeriod(q.period);
  return {
    actor,
    lang: q.lang,
    unit: { id: detail.id, code: detail.code, name: detail.name, kind: detail.kind, path },
    children: children.map((c) => ({ id: c.id, code: c.code, name: c.name, kind: c.kind, path: `${path}${c.id}/` })),
    period: { label: q.period, start: bounds.start, end: bounds.end },
    lastDay: dayBefore(bounds.end),
    year: Number(q.period.slice(0, 4)),
    today: localDate(now, settings.timeZone),
    timeZone: settings.timeZone,
    now,
  };
}
