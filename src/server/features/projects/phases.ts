import type { CampaignPhase } from '../../../contracts/projects.ts';
import { CAMPAIGN_PHASES } from '../../../contracts/projects.ts';

/**
 * The campaign's phases are advanced by the organizer, one step at a time; each
 * has a due date that closes it for the proposers and reviewers even before the
 * organizer moves on (decision 0016).
 */
export interface PhaseDates {
  phase: CampaignPhase;
  proposalOpens: string;
  proposalDue: string;
  reviewDue: string;
  implementationDue: string;
  evaluationDue: string;
}

/** The last day of the current phase, or null once closed. */
export function phaseDue(c: PhaseDates): string | null {
  switch (c.phase) {
    case 'proposal':
      return c.proposalDue;
    case 'review':
      return c.reviewDue;
    case 'implementation':
      return c.implementationDue;
    case 'evaluation':
      return c.evaluationDue;
    case 'closed':
      return null;
  }
}

/** The phase after this one, or null at the end. */
export function nextPhase(p: CampaignPhase): CampaignPhase | null {
  return CAMPAIGN_PHASES[CAMPAIGN_PHASES.indexOf(p) + 1] ?? null;
}

/** Milestones, progress, readings and comments are kept while the project runs and while it is evaluated. */
export const WORK_PHASES: readonly CampaignPhase[] = ['implementation', 'evaluation'];

/** The dates must follow one another: opens ≤ proposal due ≤ review due ≤ implementation due ≤ evaluation due. */
export function datesInOrder(c: Omit<PhaseDates, 'phase'>): keyof Omit<PhaseDates, 'phase'> | null {
  const order = ['proposalOpens', 'proposalDue', 'reviewDue', 'implementationDue', 'evaluationDue'] as const;
  for (let i = 1; i < order.length; i++) {
    if (c[order[i]!] < c[order[i - 1]!]) return order[i]!;
  }
  return null;
}
