import type { ConcernKind } from '../../../contracts/concerns.ts';
import { chinaTime, type PlanPairing, type PlanRecord } from '../activity/plan.ts';
import { cityOf, type World, type WorldUnit } from '../activity/world.ts';
import type { Rng } from '../prng.ts';
import type { Cast } from './lifecycle.ts';
import type { PlanRoute } from './routes.ts';
import { CONCERN_TEXT, OVERRIDE_REASON } from './text.ts';
import type { DemoActor, PlanConcern } from './types.ts';

/**
 * What the concern planners share: the stored world, the pairings and records
 * of the activity seed, the routing table, and the demo accounts that act.
 */
export interface ConcernContext {
  world: World;
  unitById: ReadonlyMap<number, WorldUnit>;
  /** Counselor pairings by outlet id, and the visit records of each pairing (by time). */
  pairingsByOutlet: ReadonlyMap<number, readonly PlanPairing[]>;
  recordsByPairing: ReadonlyMap<number, readonly PlanRecord[]>;
  routes: readonly PlanRoute[];
  actors: { admin: DemoActor; counselor: DemoActor; secretary: DemoActor; handler: DemoActor };
  /** The demo handler's department (JN01B02). */
  handlerDepartmentId: number | null;
  today: number;
  /** Nothing happens at or after this instant. */
  limit: number;
}

/** The secretary account's outlet: its concerns are confirmed by her. */
export const SECRETARY_OUTLET = 'JN010101';
/** Where system problems go when a counselor overrides the table (省分行信息科技部). */
const SYSTEM_DEPARTMENT = 'JNB08';

export function buildContext(
  base: Omit<ConcernContext, 'unitById' | 'pairingsByOutlet' | 'recordsByPairing'>,
  pairings: readonly PlanPairing[],
  records: readonly PlanRecord[],
): ConcernContext {
  const pairingsByOutlet = new Map<number, PlanPairing[]>();
  for (const p of pairings) {
    if (p.scheme !== 'counselor') continue;
    pairingsByOutlet.set(p.targetUnitId, [...(pairingsByOutlet.get(p.targetUnitId) ?? []), p]);
  }
  const recordsByPairing = new Map<number, PlanRecord[]>();
  for (const r of [...records].sort((a, b) => a.at - b.at)) {
    if (r.pairingId === null) continue;
    const list = recordsByPairing.get(r.pairingId);
    if (list) list.push(r);
    else recordsByPairing.set(r.pairingId, [r]);
  }
  const unitById = new Map([...base.world.units.values()].map((u) => [u.id, u]));
  return { ...base, unitById, pairingsByOutlet, recordsByPairing };
}

/** The counselor pairing of an outlet in force on a day. */
export function pairingOn(ctx: ConcernContext, outletId: number, day: number): PlanPairing | null {
  return (
    ctx.pairingsByOutlet.get(outletId)?.find((p) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day)) ?? null
  );
}

/** The department the routing table names for an outlet's concern of a category (its city's row). */
export function routeOf(ctx: ConcernContext, outlet: WorldUnit, category: string): number {
  const city = cityOf(ctx.world, outlet.code);
  const row = ctx.routes.find((r) => r.unitCode === city?.code && r.category === category);
  if (!row) throw new Error(`demo concerns: no route for ${outlet.code} ${category}`);
  return ctx.world.units.get(row.departmentCode)!.id;
}

export type RaiserKind = 'counselor' | 'secretary' | 'admin';

export interface NewConcern {
  concern: PlanConcern;
  cast: Cast;
  resolution: string;
}

/**
 * A concern just raised at `outlet` on `day` by the outlet's counselor `pairing`
 * (entered by the counselor account for its own outlets, sometimes by the
 * secretary at hers, by the party admin for everyone else), linked to the
 * counselor's visit of the days before half the time.
 */
export function newConcern(
  ctx: ConcernContext,
  rng: Rng,
  pairing: PlanPairing,
  spec: { category: string; kind: ConcernKind; day: number; raiser?: RaiserKind; wording?: number },
): NewConcern {
  const outlet = ctx.unitById.get(pairing.targetUnitId)!;
  const mine = pairing.personId === ctx.actors.counselor.personId;
  const raiserKind: RaiserKind =
    spec.raiser ??
    (mine ? (outlet.code === SECRETARY_OUTLET && rng.chance(0.35) ? 'secretary' : 'counselor') : 'admin');
  const raiser = ctx.actors[raiserKind];
  const wordings = CONCERN_TEXT[spec.category]![spec.kind];
  const [title, description, resolution] =
    spec.wording === undefined ? rng.pick(wordings) : wordings[spec.wording % wordings.length]!;
  const visits = (ctx.recordsByPairing.get(pairing.id) ?? []).filter((r) => {
    const d = Math.floor((r.at + 8 * 3_600_000) / 86_400_000);
    return d <= spec.day && d >= spec.day - 20;
  });
  const visit = rng.chance(0.5) ? visits.at(-1) : undefined;
  let raisedAt = visit ? visit.at + rng.int(1, 6) * 3_600_000 : chinaTime(spec.day, rng.int(9, 17), rng.int(0, 59));
  if (raisedAt >= ctx.limit) raisedAt = ctx.limit - rng.int(60, 600) * 60_000;
  const system = spec.category === 'other' && title.startsWith('手机银行');
  const departmentUnitId = system ? ctx.world.units.get(SYSTEM_DEPARTMENT)!.id : routeOf(ctx, outlet, spec.category);
  const concern: PlanConcern = {
    id: 0,
    kind: spec.kind,
    category: spec.category,
    title,
    description,
    unitId: outlet.id,
    recordId: visit ? visit.id : null,
    raisedByAccountId: raiser.accountId,
    // Entered by the party admin, it was still the counselor who heard it.
    raisedByPersonId: raiserKind === 'admin' ? pairing.personId : raiser.personId,
    anonymous: rng.chance(raiserKind === 'secretary' ? 0.3 : raiserKind === 'admin' ? 0.03 : 0),
    counselorPersonId: pairing.personId,
    tier: 1,
    state: 'submitted',
    departmentUnitId: null,
    routeOverrideReason: null,
    handlerAccountId: null,
    dueOn: null,
    raisedAt,
    resolvedAt: null,
    resolution: null,
    closedAt: null,
    satisfaction: null,
    satisfactionComment: null,
    version: 1,
    events: [],
  };
  const cast: Cast = {
    raiser,
    counselor: mine ? ctx.actors.counselor : ctx.actors.admin,
    handler: departmentUnitId === ctx.handlerDepartmentId ? ctx.actors.handler : ctx.actors.admin,
    confirmer: outlet.code === SECRETARY_OUTLET ? ctx.actors.secretary : raiser,
    admin: ctx.actors.admin,
    departmentUnitId,
    routeOverrideReason: system ? OVERRIDE_REASON : null,
  };
  return { concern, cast, resolution };
}
