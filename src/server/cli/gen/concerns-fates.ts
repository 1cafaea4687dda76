import type { ConcernEventKind, ConcernState } from '../../../contracts/concerns.ts';

/**
 * Where the national dataset's concerns stand, as data the SQL of concerns.ts
 * reads: each fate's final tier and state, its share by age (recent concerns are
 * still moving, old ones are mostly closed), and its timeline — which instant
 * column each step happens at — so the events follow the workflow of policy.ts.
 */
export const GEN_FATES = [
  't1_submitted',
  't1_resolved',
  't1_closed',
  't1_rejected',
  't2_routed',
  't2_accepted',
  't2_in_progress',
  't2_overdue',
  't2_resolved',
  't2_closed',
  't2_returned',
  't2_reopened',
  't3_agenda',
  't3_in_progress',
  't3_closed',
] as const;
export type GenFate = (typeof GEN_FATES)[number];

/** Shares per mille by age: up to 10 days, up to 30, up to a year, older. */
export const FATE_SHARES: Record<GenFate, readonly [number, number, number, number]> = {
  t1_submitted: [200, 10, 0, 0],
  t1_resolved: [150, 80, 8, 2],
  t1_closed: [100, 250, 380, 400],
  t1_rejected: [30, 50, 60, 60],
  t2_routed: [150, 20, 0, 0],
  t2_accepted: [150, 50, 0, 0],
  t2_in_progress: [150, 200, 0, 0],
  t2_overdue: [0, 0, 40, 0],
  t2_resolved: [0, 120, 20, 8],
  t2_closed: [50, 150, 462, 500],
  t2_returned: [0, 30, 0, 0],
  t2_reopened: [0, 20, 5, 0],
  t3_agenda: [20, 20, 0, 0],
  t3_in_progress: [0, 0, 10, 0],
  t3_closed: [0, 0, 15, 30],
};
export const AGE_BUCKETS = [10, 30, 365] as const;

export const FATE_END: Record<GenFate, { tier: number; state: ConcernState }> = {
  t1_submitted: { tier: 1, state: 'submitted' },
  t1_resolved: { tier: 1, state: 'resolved' },
  t1_closed: { tier: 1, state: 'closed' },
  t1_rejected: { tier: 1, state: 'rejected' },
  t2_routed: { tier: 2, state: 'routed' },
  t2_accepted: { tier: 2, state: 'accepted' },
  t2_in_progress: { tier: 2, state: 'in_progress' },
  t2_overdue: { tier: 2, state: 'in_progress' },
  t2_resolved: { tier: 2, state: 'resolved' },
  t2_closed: { tier: 2, state: 'closed' },
  t2_returned: { tier: 1, state: 'returned' },
  t2_reopened: { tier: 2, state: 'reopened' },
  t3_agenda: { tier: 3, state: 'on_agenda' },
  t3_in_progress: { tier: 3, state: 'in_progress' },
  t3_closed: { tier: 3, state: 'closed' },
};

/** The instant columns of the generator's working table (gen_concerns). */
export type At =
  | 'raised'
  | 'routed'
  | 'accepted'
  | 'progressed'
  | 'agenda'
  | 'decided'
  | 'reaccepted'
  | 'resolved'
  | 'reopened'
  | 'closed';

export interface GenStep {
  kind: ConcernEventKind;
  from: ConcernState | null;
  to: ConcernState;
  fromTier: number | null;
  toTier: number;
  at: At;
  /** Which department the event names: the city's (routing, return) or the province's (a decision). */
  department?: 'city' | 'province';
}

const raise: GenStep = { kind: 'raise', from: null, to: 'submitted', fromTier: null, toTier: 1, at: 'raised' };
const route: GenStep = {
  kind: 'escalate',
  from: 'submitted',
  to: 'routed',
  fromTier: 1,
  toTier: 2,
  at: 'routed',
  department: 'city',
};
const accept: GenStep = { kind: 'accept', from: 'routed', to: 'accepted', fromTier: 2, toTier: 2, at: 'accepted' };
const progress: GenStep = {
  kind: 'progress',
  from: 'accepted',
  to: 'in_progress',
  fromTier: 2,
  toTier: 2,
  at: 'progressed',
};
const resolve2: GenStep = { kind: 'resolve', from: 'accepted', to: 'resolved', fromTier: 2, toTier: 2, at: 'resolved' };
const confirm = (tier: number): GenStep => ({
  kind: 'confirm',
  from: 'resolved',
  to: 'closed',
  fromTier: tier,
  toTier: tier,
  at: 'closed',
});
const toAgenda: GenStep[] = [
  raise,
  route,
  accept,
  { kind: 'escalate', from: 'accepted', to: 'on_agenda', fromTier: 2, toTier: 3, at: 'agenda' },
];
const decided: GenStep[] = [
  ...toAgenda,
  { kind: 'decide', from: 'on_agenda', to: 'routed', fromTier: 3, toTier: 3, at: 'decided', department: 'province' },
  { kind: 'accept', from: 'routed', to: 'accepted', fromTier: 3, toTier: 3, at: 'reaccepted' },
];

export const FATE_STEPS: Record<GenFate, readonly GenStep[]> = {
  t1_submitted: [raise],
  t1_resolved: [raise, { kind: 'resolve', from: 'submitted', to: 'resolved', fromTier: 1, toTier: 1, at: 'resolved' }],
  t1_closed: [
    raise,
    { kind: 'resolve', from: 'submitted', to: 'resolved', fromTier: 1, toTier: 1, at: 'resolved' },
    confirm(1),
  ],
  t1_rejected: [raise, { kind: 'reject', from: 'submitted', to: 'rejected', fromTier: 1, toTier: 1, at: 'closed' }],
  t2_routed: [raise, route],
  t2_accepted: [raise, route, accept],
  t2_in_progress: [raise, route, accept, progress],
  t2_overdue: [raise, route, accept, progress],
  t2_resolved: [raise, route, accept, resolve2],
  t2_closed: [raise, route, accept, resolve2, confirm(2)],
  t2_returned: [
    raise,
    route,
    { kind: 'return', from: 'routed', to: 'returned', fromTier: 2, toTier: 1, at: 'accepted', department: 'city' },
  ],
  t2_reopened: [
    raise,
    route,
    accept,
    resolve2,
    { kind: 'reopen', from: 'resolved', to: 'reopened', fromTier: 2, toTier: 2, at: 'reopened' },
  ],
  t3_agenda: toAgenda,
  t3_in_progress: [
    ...decided,
    { kind: 'progress', from: 'accepted', to: 'in_progress', fromTier: 3, toTier: 3, at: 'progressed' },
  ],
  t3_closed: [
    ...decided,
    { kind: 'resolve', from: 'accepted', to: 'resolved', fromTier: 3, toTier: 3, at: 'resolved' },
    confirm(3),
  ],
};
