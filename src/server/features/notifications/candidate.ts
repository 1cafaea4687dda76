import type { ReminderKind } from '../../../contracts/notifications.ts';

/** One item a reminder source found for an account: what the run inserts (unless it exists or is muted). */
export interface Candidate {
  kind: ReminderKind;
  /** kind:item:state:period — unique per account, so a second run finds it and creates nothing. */
  itemKey: string;
  unitId: number | null;
  titleZh: string;
  titleEn: string;
  link: string;
  dueOn: string | null;
  params: Record<string, string | number | null>;
}

export const itemKey = (kind: ReminderKind, item: string, state: string, period: string): string =>
  `${kind}:${item}:${state}:${period}`;
