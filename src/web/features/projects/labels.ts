import type { CampaignKind, CampaignPhase, ProjectStatus } from '../../../contracts/projects.ts';
import { CAMPAIGN_PHASES } from '../../../contracts/projects.ts';

/** Tag colours of a campaign's kind, phase and a proposal's status (labels: prj.kind.*, prj.phase.*, prj.status.*). */
export const KIND_COLORS: Record<CampaignKind, string> = {
  secretary_led: 'red',
  branch_led: 'volcano',
  section_brand: 'geekblue',
};

export const PHASE_COLORS: Record<CampaignPhase, string> = {
  proposal: 'blue',
  review: 'orange',
  implementation: 'cyan',
  evaluation: 'purple',
  closed: 'default',
};

export const STATUS_COLORS: Record<ProjectStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export const phaseIndex = (p: CampaignPhase): number => CAMPAIGN_PHASES.indexOf(p);

/** The phase after this one, or null when closed. */
export function nextPhaseOf(p: CampaignPhase): CampaignPhase | null {
  return CAMPAIGN_PHASES[phaseIndex(p) + 1] ?? null;
}

/** A score with two decimals, or null when there is none. */
export const fmtScore = (n: number | null | undefined): string | null =>
  n === null || n === undefined ? null : n.toFixed(2);

/** Σ score × weight / 100 over the criteria scored so far (the server's sheetTotal), two decimals. */
export function liveTotal(
  criteria: { id: number; weightPct: number }[],
  scores: Record<number, number | null>,
): number {
  let sum = 0;
  for (const c of criteria) {
    const s = scores[c.id];
    if (typeof s === 'number') sum += s * c.weightPct;
  }
  return Math.round((sum / 100) * 100) / 100;
}
