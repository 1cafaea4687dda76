import type { DossierEntry, ProjectTarget } from '../../../../contracts/project-work.ts';
import type {
  CampaignKind,
  CampaignPhase,
  ProblemKind,
  ProjectStatus,
  Proposer,
  ScoreStage,
} from '../../../../contracts/projects.ts';
import type { Translate } from '../../../app/i18n/index.tsx';

/**
 * Names (the campaign pages' own prj.* words, one name per idea) and colours of the project's
 * kinds, phases and statuses, and small pure helpers of the pages.
 */
export const STATUS_COLORS: Record<ProjectStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'orange',
  approved: 'success',
  rejected: 'red',
  withdrawn: 'default',
};
export const PHASE_COLORS: Record<CampaignPhase, string> = {
  proposal: 'blue',
  review: 'geekblue',
  implementation: 'cyan',
  evaluation: 'purple',
  closed: 'default',
};

export const kindName = (t: Translate, k: CampaignKind) => t(`prj.kind.${k}`);
export const phaseName = (t: Translate, p: CampaignPhase) => t(`prj.phase.${p}`);
export const statusName = (t: Translate, s: ProjectStatus) => t(`prj.status.${s}`);
export const problemKindName = (t: Translate, k: ProblemKind) => t(`prj.problemKind.${k}`);
export const stageName = (t: Translate, s: ScoreStage) => t(`prj.stage.${s}`);

/** The proposer as people name it: the party org, or the unit for a section brand. */
export const proposerName = (p: Proposer) => p.partyOrg?.name ?? p.unit.name;

/** What a dossier entry is called: an event by its kind, else by the entry's kind. */
export function entryName(t: Translate, e: DossierEntry): string {
  if (e.kind === 'event') return e.event ? t(`prw.event.${e.event}`) : '';
  return t(`prw.entry.${e.kind}`);
}

export const ENTRY_COLORS: Record<DossierEntry['kind'], string> = {
  event: '#1677ff',
  progress: '#52c41a',
  reading: '#13c2c2',
  comment: '#fa8c16',
  milestone_done: '#52c41a',
  score: '#722ed1',
};

/** A number as read: up to two decimals, no trailing zeros. */
export const fmtNumber = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100);

/**
 * How far a target is from baseline (0 %) to target value (100 %), clamped to 0–100;
 * without a baseline, current / target. Null before the first reading.
 */
export function targetPercent(t: Pick<ProjectTarget, 'baseline' | 'targetValue' | 'current'>): number | null {
  if (t.current === null) return null;
  const base = t.baseline ?? 0;
  const span = t.targetValue - base;
  if (span === 0) return t.current === t.targetValue ? 100 : 0;
  const pct = ((t.current - base) / span) * 100;
  return Math.max(0, Math.min(100, Math.round(pct)));
}

/** Entries oldest first: by date, then by the moment recorded. */
export const sortEntries = (entries: DossierEntry[]) =>
  [...entries].sort((a, b) => a.on.localeCompare(b.on) || a.at.localeCompare(b.at));

/** A score entry names its stage in `title`. */
export const scoreStageOf = (title: string | null): ScoreStage | null =>
  title === 'review' || title === 'evaluation' ? title : null;
