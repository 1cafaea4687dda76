import type { Lang } from '../../../contracts/i18n.ts';
import type { ProjectDetail } from '../../../contracts/project-work.ts';
import type { ProjectStatus } from '../../../contracts/projects.ts';
import type { Permission } from '../../../contracts/roles.ts';
import { conflict, invalidField } from '../../platform/errors.ts';
import { type PhaseDates, WORK_PHASES } from './phases.ts';

/**
 * What the caller may do with a project now (decision 0016), pure: the role's
 * permissions, whether the caller's scope covers the organizer's unit, the
 * campaign's phase and due dates, the project's status and today (enterprise
 * time zone). The services check the same rules when the action is asked for.
 */
export interface CanInput {
  permissions: ReadonlySet<Permission>;
  /** The organizer's unit lies in the caller's scope (the project itself is in scope: it was read). */
  organizes: boolean;
  campaign: PhaseDates;
  status: ProjectStatus;
  today: string;
}

export type ProjectCan = ProjectDetail['can'];

/** Implementation work (milestones, progress, readings) is kept for approved projects while the campaign runs or is evaluated. */
export const workOpen = (campaign: Pick<PhaseDates, 'phase'>, status: ProjectStatus): boolean =>
  status === 'approved' && WORK_PHASES.includes(campaign.phase);

/** Comments: approved project, campaign not closed. */
export const commentOpen = (campaign: Pick<PhaseDates, 'phase'>, status: ProjectStatus): boolean =>
  status === 'approved' && campaign.phase !== 'closed';

/** Exemplary marks: approved project, campaign in evaluation or closed. */
export const exemplaryOpen = (campaign: Pick<PhaseDates, 'phase'>, status: ProjectStatus): boolean =>
  status === 'approved' && (campaign.phase === 'evaluation' || campaign.phase === 'closed');

export function projectCan(i: CanInput): ProjectCan {
  const { campaign: c, status, today } = i;
  const has = (p: Permission) => i.permissions.has(p);
  const propose = has('projects.propose');
  const reviewer = has('projects.review') && i.organizes;
  const manager = has('projects.manage') && i.organizes;
  const proposalWindow = c.phase === 'proposal' && c.proposalOpens <= today && today <= c.proposalDue;
  const resubmitWindow = (c.phase === 'proposal' || c.phase === 'review') && today <= c.reviewDue;
  const editable = (status === 'draft' && proposalWindow) || (status === 'returned' && resubmitWindow);
  return {
    edit: propose && editable,
    submit: propose && editable,
    withdraw:
      propose &&
      (status === 'draft' || status === 'submitted' || status === 'returned') &&
      c.phase !== 'closed' &&
      today <= c.proposalDue,
    decide: manager && c.phase === 'review' && status === 'submitted' && today <= c.reviewDue,
    review:
      reviewer &&
      c.phase === 'review' &&
      today <= c.reviewDue &&
      (status === 'submitted' || status === 'returned' || status === 'approved'),
    evaluate: reviewer && c.phase === 'evaluation' && today <= c.evaluationDue && status === 'approved',
    work: propose && workOpen(c, status),
    comment: has('projects.review') && commentOpen(c, status),
    markExemplary: manager && exemplaryOpen(c, status),
  };
}

/** Refuses implementation work unless the project is approved and the campaign in implementation or evaluation. */
export function assertWorkOpen(lang: Lang, p: { status: ProjectStatus; campaign: Pick<PhaseDates, 'phase'> }): void {
  if (p.status !== 'approved') {
    throw conflict(lang, {
      'zh-CN': '项目尚未立项（未批准），不能登记实施情况',
      'en-US': 'the project is not approved: implementation cannot be recorded',
    });
  }
  if (!workOpen(p.campaign, p.status)) {
    throw conflict(lang, {
      'zh-CN': '活动当前不在实施或评估阶段，不能登记里程碑、进展或指标数据',
      'en-US': 'the campaign is not in implementation or evaluation: milestones, progress and readings are closed',
    });
  }
}

/** Refuses a comment unless the project is approved and the campaign not closed. */
export function assertCommentOpen(lang: Lang, p: { status: ProjectStatus; campaign: Pick<PhaseDates, 'phase'> }): void {
  if (!commentOpen(p.campaign, p.status)) {
    throw conflict(lang, {
      'zh-CN': p.status !== 'approved' ? '项目尚未立项（未批准），不能点评' : '活动已结束，不能再点评',
      'en-US': p.status !== 'approved' ? 'the project is not approved: no comments yet' : 'the campaign is closed',
    });
  }
}

/** Refuses a date after today (enterprise time zone) for the named field. */
export function assertNotFuture(lang: Lang, field: string, date: string, today: string): void {
  if (date > today) {
    throw invalidField(lang, field, 'future', { 'zh-CN': '不能晚于今天', 'en-US': 'cannot be in the future' });
  }
}
