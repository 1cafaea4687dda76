import { DEFAULT_SLA_DAYS } from '../../../contracts/concern-config.ts';
import type { ConcernEventKind, ConcernState } from '../../../contracts/concerns.ts';
import { chinaTime } from '../activity/plan.ts';
import { isoOf } from '../dates.ts';
import type { Rng } from '../prng.ts';
import {
  AGENDA_REASONS,
  ESCALATE_REASONS,
  PROGRESS_NOTES,
  REJECT_REASONS,
  REOPEN_REASONS,
  RETURN_REASONS,
  SATISFACTION_COMMENTS,
} from './text.ts';
import type { DemoActor, PlanConcern, PlanEvent } from './types.ts';

/**
 * How a demo concern's life went, as a script of workflow steps (policy.ts's
 * transitions), played from its raising: each step's time follows the one
 * before by a gap, and a script that would run past `limit` is squeezed into
 * the time there was. The concern's columns are where the script ends.
 */
export const FATES = [
  't1_submitted',
  't1_resolved',
  't1_closed',
  't1_rejected',
  't1_reopened',
  't1_reopen_closed',
  't2_routed',
  't2_accepted',
  't2_in_progress',
  't2_overdue',
  't2_resolved',
  't2_closed',
  't2_returned',
  't2_returned_closed',
  't2_reopened',
  't2_reopen_closed',
] as const;
export type Fate = (typeof FATES)[number];

/** Who acts at each stage, and where a tier-2 concern goes. */
export interface Cast {
  raiser: DemoActor;
  /** Tier 1: the outlet's counselor (or the party admin acting for them). */
  counselor: DemoActor;
  /** Tier 2/3: the department's handler (or the party admin). */
  handler: DemoActor;
  /** The outlet: the raiser or its branch secretary. */
  confirmer: DemoActor;
  admin: DemoActor;
  departmentUnitId: number;
  routeOverrideReason: string | null;
}

export interface Step {
  kind: Exclude<ConcernEventKind, 'raise'>;
  to: ConcernState;
  tier: number;
  actor: DemoActor;
  /** Days after the step before (the hour is drawn), or a fixed instant (a committee meeting). */
  gap: readonly [number, number] | { at: number };
  reason?: string | null;
  note?: string | null;
  department?: number | null;
  handler?: number | null;
  satisfaction?: number | null;
  /** Escalating against the routing table: why (the concern keeps it). */
  overrideReason?: string | null;
}

const isGap = (g: Step['gap']): g is readonly [number, number] => Array.isArray(g);
const DAY_MS = 86_400_000;
const localDay = (t: number) => Math.floor((t + 8 * 3_600_000) / DAY_MS);

/** The steps of a fate, up to where it stands today. */
export function script(fate: Fate, rng: Rng, cast: Cast, resolution: string): Step[] {
  const { counselor: c, handler: h, confirmer } = cast;
  const confirm = (): Step => ({
    kind: 'confirm',
    to: 'closed',
    tier: 0,
    actor: confirmer,
    gap: [1, 7],
    satisfaction: rng.weighted([
      [5, 6],
      [4, 3],
      [3, 1],
    ] as const),
    note: rng.pick(SATISFACTION_COMMENTS),
  });
  const reopen = (): Step => ({
    kind: 'reopen',
    to: 'reopened',
    tier: 0,
    actor: confirmer,
    gap: [2, 10],
    reason: rng.pick(REOPEN_REASONS),
  });
  const resolve1 = (gap: [number, number] = [0, 10]): Step => ({
    kind: 'resolve',
    to: 'resolved',
    tier: 1,
    actor: c,
    gap,
    note: resolution,
  });
  const escalate = (): Step => ({
    kind: 'escalate',
    to: 'routed',
    tier: 2,
    actor: c,
    gap: [0, 3],
    reason: rng.pick(ESCALATE_REASONS),
    note: cast.routeOverrideReason,
    department: cast.departmentUnitId,
    overrideReason: cast.routeOverrideReason,
  });
  const accept = (): Step => ({ kind: 'accept', to: 'accepted', tier: 2, actor: h, gap: [0, 2], handler: h.accountId });
  const progress = (): Step => ({
    kind: 'progress',
    to: 'in_progress',
    tier: 2,
    actor: h,
    gap: [2, 9],
    note: rng.pick(PROGRESS_NOTES),
  });
  // Most within the 30-day SLA; one in six late.
  const resolve2 = (): Step => ({
    kind: 'resolve',
    to: 'resolved',
    tier: 2,
    actor: h,
    gap: rng.chance(0.17) ? [25, 40] : [3, 18],
    note: resolution,
  });
  const returned = (): Step => ({
    kind: 'return',
    to: 'returned',
    tier: 1,
    actor: h,
    gap: [1, 4],
    reason: rng.pick(RETURN_REASONS),
  });
  const working = () => [escalate(), accept(), ...Array.from({ length: rng.int(1, 2) }, progress)];
  switch (fate) {
    case 't1_submitted':
      return [];
    case 't1_resolved':
      return [resolve1()];
    case 't1_closed':
      return [resolve1(), confirm()];
    case 't1_rejected':
      return [{ kind: 'reject', to: 'rejected', tier: 1, actor: c, gap: [0, 5], reason: rng.pick(REJECT_REASONS) }];
    case 't1_reopened':
      return [resolve1(), reopen()];
    case 't1_reopen_closed':
      return [resolve1(), reopen(), resolve1([2, 12]), confirm()];
    case 't2_routed':
      return [escalate()];
    case 't2_accepted':
      return [escalate(), accept()];
    case 't2_in_progress':
    case 't2_overdue':
      return working();
    case 't2_resolved':
      return [...working(), resolve2()];
    case 't2_closed':
      return [...working(), resolve2(), confirm()];
    case 't2_returned':
      return [escalate(), returned()];
    case 't2_returned_closed':
      return [escalate(), returned(), resolve1([1, 8]), confirm()];
    case 't2_reopened':
      return [escalate(), accept(), resolve2(), reopen()];
    case 't2_reopen_closed':
      return [escalate(), accept(), resolve2(), reopen(), progress(), resolve2(), confirm()];
  }
}

/** The steps of a concern the committee studies: routed, accepted, put on the agenda. */
export function toAgenda(rng: Rng, cast: Cast): Step[] {
  return [
    ...script('t2_accepted', rng, cast, ''),
    { kind: 'escalate', to: 'on_agenda', tier: 3, actor: cast.handler, gap: [2, 8], reason: rng.pick(AGENDA_REASONS) },
  ];
}

/**
 * Plays `steps` on a concern holding only its raising, filling its timeline and
 * columns. Nothing happens at or after `limit`.
 */
export function play(c: PlanConcern, raiser: DemoActor, steps: readonly Step[], rng: Rng, limit: number): void {
  const times: number[] = [];
  let t = c.raisedAt;
  // A fixed step (a meeting) stays where it is: only what follows the last one is squeezed.
  let base = c.raisedAt;
  let from = 0;
  for (const [i, s] of steps.entries()) {
    // (A tuple has an `at` method too: tell the two apart by isArray.)
    if (!isGap(s.gap)) {
      t = Math.max(t + 1_800_000, s.gap.at);
      base = t;
      from = i + 1;
    } else {
      const day = localDay(t) + rng.int(s.gap[0], s.gap[1]);
      const at = chinaTime(day, rng.int(9, 17), rng.int(0, 59));
      t = at > t ? at : t + rng.int(20, 180) * 60_000;
    }
    times.push(t);
  }
  const last = times.at(-1) ?? c.raisedAt;
  if (last >= limit) {
    const f = (limit - 60_000 - base) / (last - base);
    for (let i = from; i < times.length; i++) times[i] = Math.round(base + (times[i]! - base) * f);
  }
  const event = (e: Partial<PlanEvent> & Pick<PlanEvent, 'kind' | 'toState' | 'toTier' | 'at'>, actor: DemoActor) =>
    c.events.push({
      id: 0,
      fromState: null,
      fromTier: null,
      reason: null,
      note: null,
      departmentUnitId: null,
      handlerAccountId: null,
      satisfaction: null,
      ...e,
      actorAccountId: actor.accountId,
      actorName: actor.name,
    });
  event({ kind: 'raise', toState: 'submitted', toTier: 1, at: c.raisedAt }, raiser);
  for (const [i, s] of steps.entries()) {
    const at = times[i]!;
    const tier = s.tier === 0 ? c.tier : s.tier;
    event(
      {
        kind: s.kind,
        fromState: c.state,
        toState: s.to,
        fromTier: c.tier,
        toTier: tier,
        at,
        reason: s.reason ?? null,
        note: s.note ?? null,
        // A return names the department that sends it back.
        departmentUnitId: s.department ?? (s.kind === 'return' ? c.departmentUnitId : null),
        handlerAccountId: s.handler ?? null,
        satisfaction: s.satisfaction ?? null,
      },
      s.actor,
    );
    apply(c, s, tier, at);
  }
  c.version = c.events.length;
}

/**
 * The concern's columns after a step, as the service's transitions patch them
 * (transition.ts): routing starts the SLA clock, the agenda stops it, a reopened
 * concern gets a new one, a rejected one is closed.
 */
function apply(c: PlanConcern, s: Step, tier: number, at: number): void {
  const due = () => isoOf(localDay(at) + DEFAULT_SLA_DAYS);
  c.state = s.to;
  c.tier = tier;
  if (s.department) {
    c.departmentUnitId = s.department;
    c.handlerAccountId = null;
    c.dueOn = due();
    if (s.overrideReason) c.routeOverrideReason = s.overrideReason;
  }
  if (s.handler) c.handlerAccountId = s.handler;
  if (s.to === 'on_agenda') {
    c.handlerAccountId = null;
    c.dueOn = null;
  }
  if (s.kind === 'return') {
    c.departmentUnitId = null;
    c.handlerAccountId = null;
    c.routeOverrideReason = null;
    // Back at tier 1 no department's deadline runs.
    c.dueOn = null;
  }
  if (s.kind === 'resolve') {
    c.resolvedAt = at;
    c.resolution = s.note ?? null;
  }
  if (s.kind === 'reopen') {
    c.resolvedAt = null;
    c.dueOn = due();
  }
  if (s.kind === 'reject') {
    c.closedAt = at;
    c.dueOn = null;
  }
  if (s.kind === 'confirm') {
    c.closedAt = at;
    c.satisfaction = s.satisfaction ?? null;
    c.satisfactionComment = s.note ?? null;
  }
}
