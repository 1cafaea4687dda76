import { eq, sql } from 'drizzle-orm';
import type { CreateProposalBody, ProjectEventKind, UpdateProposalBody } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { projectEvents, projects } from '../../db/schema/projects.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, outOfReachField, staleVersion } from '../../platform/errors.ts';
import { campaignInScope, lockProject, projectInScope } from './access.ts';
import { assertProposalWindow, assertResubmitWindow, checkContent, writeMembersAndTargets } from './proposal-rules.ts';
import { findProposer, isOrgCampaign } from './proposers.ts';

/** A proposer drafts, edits, submits and withdraws a proposal within the campaign's windows. */

export async function addEvent(
  tx: Db,
  projectId: number,
  kind: ProjectEventKind,
  actorId: number,
  note?: string | null,
) {
  await tx.insert(projectEvents).values({ projectId, kind, note: note ?? null, actorId });
}

const content = (b: Omit<UpdateProposalBody, 'version'>) => ({
  title: b.title,
  theme: b.theme ?? null,
  problemKind: b.problemKind,
  problem: b.problem,
  goals: b.goals,
  plan: b.plan,
  resources: b.resources ?? null,
  leaderPersonId: b.leaderPersonId,
});

export async function createProposal(
  tx: Db,
  ctx: ServiceContext,
  campaignId: number,
  b: CreateProposalBody,
  today: string,
): Promise<number> {
  const { actor, lang } = ctx;
  const c = await campaignInScope(tx, actor, campaignId);
  assertProposalWindow(lang, c, today);
  const org = isOrgCampaign(c);
  const [wrong, right] = org ? (['unitId', 'partyOrgId'] as const) : (['partyOrgId', 'unitId'] as const);
  if (b[wrong] != null) {
    throw invalidField(lang, wrong, 'not_applicable', {
      'zh-CN': org ? '党组织申报时不填写，请填写申报党组织' : '科室申报时不填写，请填写申报科室',
      'en-US': org ? 'is not used: this campaign takes party orgs' : 'is not used: this campaign takes units',
    });
  }
  const key = b[right];
  if (key == null) {
    throw invalidField(lang, right, 'required', { 'zh-CN': '必须填写', 'en-US': 'is required' });
  }
  const proposer = await findProposer(tx, actor, c, org ? { partyOrgId: key } : { unitId: key });
  if (!proposer) throw outOfReachField(lang, right);
  const partyOrgId = proposer.party_org_id === null ? null : Number(proposer.party_org_id);
  await checkContent(tx, actor, lang, c, { partyOrgId, unitPath: proposer.unit_path }, b);
  const [row] = await tx
    .insert(projects)
    .values({
      campaignId,
      unitId: Number(proposer.unit_id),
      partyOrgId,
      ...content(b),
      status: b.submit ? 'submitted' : 'draft',
      submittedAt: b.submit ? sql`now()` : null,
      createdBy: actor.accountId,
    })
    .returning({ id: projects.id });
  const id = row!.id;
  await writeMembersAndTargets(tx, id, b, false);
  if (b.submit) await addEvent(tx, id, 'submitted', actor.accountId);
  await writeAudit(tx, ctx.audit, {
    action: 'project.create',
    targetType: 'project',
    targetId: id,
    after: { campaignId, partyOrgId, unitId: Number(proposer.unit_id), ...content(b), submit: b.submit },
  });
  return id;
}

/** Draft: in the proposal window; returned: until the review closes. */
function assertEditable(ctx: ServiceContext, p: Awaited<ReturnType<typeof projectInScope>>, today: string) {
  if (p.status === 'draft') return assertProposalWindow(ctx.lang, p.campaign, today);
  if (p.status === 'returned') return assertResubmitWindow(ctx.lang, p.campaign, today);
  throw conflict(ctx.lang, {
    'zh-CN': '只有草稿或被退回的申报可以修改、提交',
    'en-US': 'Only a draft or a returned proposal can be edited or submitted',
  });
}

async function lockedInScope(tx: Db, ctx: ServiceContext, id: number, version: number) {
  await projectInScope(tx, ctx.actor, id);
  await lockProject(tx, id);
  const p = await projectInScope(tx, ctx.actor, id);
  if (p.version !== version) throw staleVersion();
  return p;
}

export async function updateProposal(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  b: UpdateProposalBody,
  today: string,
): Promise<void> {
  const p = await lockedInScope(tx, ctx, id, b.version);
  assertEditable(ctx, p, today);
  await checkContent(tx, ctx.actor, ctx.lang, p.campaign, { partyOrgId: p.partyOrgId, unitPath: p.unitPath }, b);
  const [before] = await tx.select().from(projects).where(eq(projects.id, id));
  await tx
    .update(projects)
    .set({ ...content(b), version: p.version + 1, updatedAt: sql`now()` })
    .where(eq(projects.id, id));
  await writeMembersAndTargets(tx, id, b, true);
  const { leaderPersonId, title, theme, problemKind, problem, goals, plan, resources } = before!;
  await writeAudit(tx, ctx.audit, {
    action: 'project.update',
    targetType: 'project',
    targetId: id,
    before: { title, theme, problemKind, problem, goals, plan, resources, leaderPersonId },
    after: content(b),
  });
}

export async function submitProposal(tx: Db, ctx: ServiceContext, id: number, version: number, today: string) {
  const p = await lockedInScope(tx, ctx, id, version);
  assertEditable(ctx, p, today);
  await tx
    .update(projects)
    .set({ status: 'submitted', submittedAt: sql`now()`, version: p.version + 1, updatedAt: sql`now()` })
    .where(eq(projects.id, id));
  await addEvent(tx, id, 'submitted', ctx.actor.accountId);
  await writeAudit(tx, ctx.audit, {
    action: 'project.submit',
    targetType: 'project',
    targetId: id,
    before: { status: p.status },
    after: { status: 'submitted' },
  });
}

export async function withdrawProposal(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  b: { version: number; reason?: string | null | undefined },
  today: string,
) {
  const { lang } = ctx;
  const p = await lockedInScope(tx, ctx, id, b.version);
  if (!['draft', 'submitted', 'returned'].includes(p.status)) {
    throw conflict(lang, {
      'zh-CN': '只有草稿、已提交或被退回的申报可以撤回',
      'en-US': 'Only a draft, submitted or returned proposal can be withdrawn',
    });
  }
  if (today > p.campaign.proposalDue) {
    throw conflict(lang, {
      'zh-CN': `申报已于${p.campaign.proposalDue}截止，不能撤回`,
      'en-US': 'The proposal deadline has passed; it cannot be withdrawn',
    });
  }
  await tx
    .update(projects)
    .set({ status: 'withdrawn', version: p.version + 1, updatedAt: sql`now()` })
    .where(eq(projects.id, id));
  await addEvent(tx, id, 'withdrawn', ctx.actor.accountId, b.reason);
  await writeAudit(tx, ctx.audit, {
    action: 'project.withdraw',
    targetType: 'project',
    targetId: id,
    before: { status: p.status },
    after: { status: 'withdrawn' },
    detail: { reason: b.reason ?? null },
  });
}
