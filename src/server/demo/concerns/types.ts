import type { ConcernEventKind, ConcernKind, ConcernState } from '../../../contracts/concerns.ts';

/**
 * The demo's concerns before they are written: each with its whole timeline,
 * the concern's columns being where the timeline ends. Times are epoch
 * milliseconds, days are day numbers (see ../dates.ts).
 */
export interface PlanEvent {
  /** Numbered once all are planned, in the order they happened. */
  id: number;
  kind: ConcernEventKind;
  fromState: ConcernState | null;
  toState: ConcernState;
  fromTier: number | null;
  toTier: number;
  actorAccountId: number;
  actorName: string;
  reason: string | null;
  note: string | null;
  departmentUnitId: number | null;
  handlerAccountId: number | null;
  satisfaction: number | null;
  at: number;
}

export interface PlanConcern {
  id: number;
  kind: ConcernKind;
  category: string;
  title: string;
  description: string;
  unitId: number;
  recordId: number | null;
  raisedByAccountId: number;
  raisedByPersonId: number | null;
  anonymous: boolean;
  counselorPersonId: number | null;
  tier: number;
  state: ConcernState;
  departmentUnitId: number | null;
  routeOverrideReason: string | null;
  handlerAccountId: number | null;
  /** ISO day. */
  dueOn: string | null;
  raisedAt: number;
  resolvedAt: number | null;
  resolution: string | null;
  closedAt: number | null;
  satisfaction: number | null;
  satisfactionComment: string | null;
  version: number;
  events: PlanEvent[];
}

export interface PlanMeeting {
  id: number;
  unitId: number;
  /** ISO day. */
  heldOn: string;
  title: string;
  attendees: string;
  createdBy: number;
  createdAt: number;
  items: { concern: PlanConcern; decision: string; ownerDepartmentId: number; ownerNote: string | null }[];
}

export interface PlanExemplar {
  subject: 'concern' | 'counselor';
  concernId: number | null;
  personId: number | null;
  unitId: number;
  title: string;
  writeUp: string;
  markedBy: number;
  markedAt: number;
}

export interface PlanAdmonition {
  kind: 'reminder' | 'admonition' | 'formal_admonition';
  departmentUnitId: number | null;
  personId: number | null;
  unitId: number;
  occurredOn: string;
  reason: string;
  concernId: number | null;
  recordedBy: number;
  createdAt: number;
}

/** A demo account acting on concerns: its id and the name its events carry. */
export interface DemoActor {
  accountId: number;
  personId: number | null;
  name: string;
}
