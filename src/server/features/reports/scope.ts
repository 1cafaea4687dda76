import type { Lang } from '../../../contracts/i18n.ts';
import { parsePeriod } from '../../../contracts/periods.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';
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

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The unit (in scope, else 404; none: the caller's first scope root) and the period's bounds. */
export async function reportScope(db: Db, actor: Actor, q: ReportInput, now = new Date()): Promise<ReportScope> {
  const unitId = q.unitId ?? actor.scopeUnitIds[0];
  if (unitId === undefined) throw new Error('no unit');
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
