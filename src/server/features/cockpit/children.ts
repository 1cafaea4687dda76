import type { CockpitChildren } from '../../../contracts/cockpit.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { invalidField } from '../../platform/errors.ts';
import { listUnitChildren } from '../units/queries.ts';
import { type CockpitInput, cockpitUnitId, localizeFigure, unitPeriod } from './figures.ts';
import { hasText } from './labels.ts';
import { activeSchemes, oneFigure } from './sources.ts';

/** One figure for the unit and for each child unit in scope, by the same module service. */
export async function cockpitChildren(
  db: Db,
  actor: Actor,
  q: CockpitInput & { key: string },
  now = new Date(),
): Promise<CockpitChildren> {
  const unitId = await cockpitUnitId(db, actor, q.unitId);
  const active = await activeSchemes(db);
  const unknown = () =>
    invalidField(q.lang, 'key', 'unknown', { 'zh-CN': '不是驾驶舱的指标', 'en-US': 'is not a cockpit figure' });
  if (!hasText(q.key)) throw unknown();
  const figure = await oneFigure(db, await unitPeriod(db, actor, unitId, q.period, now), q.key, active);
  if (!figure) throw unknown();
  const children = await listUnitChildren(db, actor, unitId, false);
  const rows: CockpitChildren['rows'] = [];
  for (const c of children) {
    const f = await oneFigure(db, await unitPeriod(db, actor, c.id, q.period, now), q.key, active);
    rows.push({
      unit: { id: c.id, code: c.code, name: c.name, kind: c.kind },
      rate: f?.rate ?? null,
      count: f?.count ?? null,
      link: c.childCount > 0 ? `/cockpit?unitId=${c.id}&period=${encodeURIComponent(q.period)}` : (f?.link ?? null),
    });
  }
  return { figure: localizeFigure(figure, q.lang), rows };
}
