import type { ConcernAction, ConcernState } from '../../../contracts/concerns.ts';

/**
 * Who the caller is to one concern. Each flag is already cut to the caller's
 * data scope: `counselor` means "counselor role, and the concern's outlet is one
 * they reach (scope or pairing)", `departmentHandler` "handler role, and the
 * concern's department is in their scope", and so on.
 */
export interface Standing {
  admin: boolean;
  counselor: boolean;
  departmentHandler: boolean;
  secretary: boolean;
  raiser: boolean;
}

export type Party = keyof Standing;

/** One row of the transition table: from which states, at which tiers, by whom, to where. */
export interface Transition {
  action: ConcernAction;
  tiers: readonly number[];
  from: readonly ConcernState[];
  by: readonly Party[];
  /** The state after; `same` keeps it (reassign), `escalated` depends on the tier (see `nextOf`). */
  to: ConcernState | 'same';
  /** The tier after (default: unchanged). */
  toTier?: number;
}

const OPEN_AT_TIER_1: readonly ConcernState[] = ['submitted', 'returned', 'reopened'];
const WORKING: readonly ConcernState[] = ['accepted', 'in_progress', 'reopened'];

/**
 * The workflow (seed 000's 分级解决). Tier 1: the outlet's counselor solves it or
 * routes it on; tier 2: the owning department's handler accepts, reports progress,
 * resolves, returns a wrongly routed one or escalates; tier 3: the committee's
 * decision (recorded with its meeting) routes it to the owner. The outlet — the raiser
 * or its secretary — confirms or reopens. The party admin may act for anyone in scope.
 */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'resolve', tiers: [1], from: OPEN_AT_TIER_1, by: ['counselor', 'admin'], to: 'resolved' },
  { action: 'resolve', tiers: [2, 3], from: WORKING, by: ['departmentHandler', 'admin'], to: 'resolved' },
  { action: 'escalate', tiers: [1], from: OPEN_AT_TIER_1, by: ['counselor', 'admin'], to: 'routed', toTier: 2 },
  {
    action: 'escalate',
    tiers: [2],
    from: ['routed', ...WORKING],
    by: ['departmentHandler', 'admin'],
    to: 'on_agenda',
    toTier: 3,
  },
  { action: 'accept', tiers: [2, 3], from: ['routed'], by: ['departmentHandler', 'admin'], to: 'accepted' },
  { action: 'reassign', tiers: [2, 3], from: WORKING, by: ['departmentHandler', 'admin'], to: 'same' },
  { action: 'progress', tiers: [2, 3], from: WORKING, by: ['departmentHandler', 'admin'], to: 'in_progress' },
  {
    action: 'return',
    tiers: [2],
    from: ['routed', 'accepted'],
    by: ['departmentHandler', 'admin'],
    to: 'returned',
    toTier: 1,
  },
  { action: 'decide', tiers: [3], from: ['on_agenda'], by: ['admin'], to: 'routed' },
  { action: 'confirm', tiers: [1, 2, 3], from: ['resolved'], by: ['raiser', 'secretary'], to: 'closed' },
  { action: 'reopen', tiers: [1, 2, 3], from: ['resolved'], by: ['raiser', 'secretary'], to: 'reopened' },
  { action: 'reject', tiers: [1], from: ['submitted', 'returned'], by: ['counselor', 'admin'], to: 'rejected' },
  { action: 'reject', tiers: [3], from: ['on_agenda'], by: ['admin'], to: 'rejected' },
];

export interface Position {
  state: ConcernState;
  tier: number;
}

/** The row that applies to this action at this position, whoever acts; null when the state forbids it. */
export function transitionAt(action: ConcernAction, at: Position): Transition | null {
  return TRANSITIONS.find((t) => t.action === action && t.tiers.includes(at.tier) && t.from.includes(at.state)) ?? null;
}

export function mayAct(t: Transition, who: Standing): boolean {
  return t.by.some((p) => who[p]);
}

/** The actions the caller may take now: the detail view's buttons. */
export function allowedActions(at: Position, who: Standing): ConcernAction[] {
  const out: ConcernAction[] = [];
  for (const t of TRANSITIONS) {
    if (t.tiers.includes(at.tier) && t.from.includes(at.state) && mayAct(t, who) && !out.includes(t.action)) {
      out.push(t.action);
    }
  }
  return out;
}

/** Where a transition leads. */
export function nextOf(t: Transition, at: Position): Position {
  return { state: t.to === 'same' ? at.state : t.to, tier: t.toTier ?? at.tier };
}
