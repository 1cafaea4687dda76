import type { ActionKind, RecordMode } from '../../../contracts/actions.ts';
import type { StandardItems } from '../../../contracts/records.ts';

/**
 * Pairings and records of the demo before they are written, already holding
 * database ids (the registry is stored by then). Pairings and records get
 * their ids here too, so attendees and records can point at them without a
 * round trip; the writer stores them as given.
 */
export interface PlanPairing {
  id: number;
  scheme: 'counselor' | 'party_rep';
  personId: number;
  targetUnitId: number;
  /** Day numbers; endsOn null while in force. */
  startsOn: number;
  endsOn: number | null;
  note: string | null;
}

export interface PlanAttendee {
  personId: number;
  present: boolean;
  absenceReason: string | null;
}

export interface PlanRecord {
  /** Numbered once all are planned, in the order they happened (0 until then). */
  id: number;
  kind: ActionKind;
  /** Epoch milliseconds. */
  at: number;
  unitId: number;
  partyOrgId: number | null;
  pairingId: number | null;
  mode: RecordMode;
  presenterId: number | null;
  title: string;
  content: string | null;
  outcomes: string | null;
  standardItems: StandardItems | null;
  attendees: PlanAttendee[];
  authorAccountId: number;
  authorPersonId: number | null;
}

/** Who enters records: the demo accounts tied to people. */
export interface Authors {
  /** The party admin enters what has no account of its own (the province's ledger). */
  admin: { accountId: number; personId: number | null };
  /** The counselor account and the person behind it. */
  counselor: { accountId: number; personId: number | null };
  /** The secretary account: the records of its branch's outlet. */
  secretary: { accountId: number; personId: number | null; outletCode: string };
}

/** Hands out ids in order from a starting point (ids already used in the table). */
export class Ids {
  constructor(private last: number) {}
  next(): number {
    return ++this.last;
  }
}

const DAY_MS = 86_400_000;
/** The enterprise's time zone is China time (UTC+8, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The instant of a local (China) day number at hh:mm. */
export function chinaTime(day: number, hour: number, minute = 0): number {
  return day * DAY_MS - CHINA_OFFSET_MS + hour * 3_600_000 + minute * 60_000;
}
