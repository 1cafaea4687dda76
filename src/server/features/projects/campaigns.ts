import { and, eq, sql } from 'drizzle-orm';
import type {
  AdvanceCampaignBody,
  CreateCampaignBody,
  ScoreStage,
  UpdateCampaignBody,
} from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { projectCampaigns, projectCriteria } from '../../db/schema/projects.ts';
import { rowsOf } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, outOfReachField, staleVersion } from '../../platform/errors.ts';
import { campaignInScope, campaignOrganized } from './access.ts';
import { criteriaOf } from './campaign-read.ts';
import { assertNameFree, checkContent, organizerInReach } from './campaign-rules.ts';
import { nextPhase } from './phases.ts';

/** The organizer creates a campaign, edits it and moves it on one phase at a time. */

const STAGE_NAME = { review: '立项评审', evaluation: '成效评比' } as const;

async function insertCriteria(
  tx: Db,
  campaignId: number,
  stage: ScoreStage,
  list: CreateCampaignBody['reviewCriteria'],
) {
  if (list.length === 0) return;
  await tx
    .insert(projectCriteria)
    .values(list.map((k, i) => ({ campaignId, stage, ordinal: i + 1, name: k.name, weightPct: k.weightPct })));
}

export async function createCampaign(tx: Db, ctx: ServiceContext, b: CreateCampaignBody): Promise<number> {
  const { actor, lang } = ctx;
  const org = await organizerInReach(tx, actor, lang, b.organizerOrgId);
  await checkContent(tx, actor, lang, b.kind, org.path, b);
  if (b.parentId) {
    const parent = await campaignInScope(tx, actor, b.parentId).catch(() => {
      throw outOfReachField(lang, 'parentId');
    });
    if (parent.year !== b.year || !org.path.startsWith(parent.eligibleUnitPath)) {
      throw invalidField(lang, 'parentId', 'not_parent', {
        'zh-CN': '须为同一年度、申报范围包含本组织单位的活动',
        'en-US': "must be a campaign of the same year whose eligible subtree holds the organizer's unit",
      });
    }
  }
  await assertNameFree(tx, lang, { organizerOrgId: org.id, year: b.year, name: b.name });
  const [row] = await tx
    .insert(projectCampaigns)
    .values({
      kind: b.kind,
      year: b.year,
      name: b.name,
      description: b.description ?? null,
      organizerOrgId: org.id,
      unitId: org.unitId,
      parentId: b.parentId ?? null,
      eligibleUnitId: b.eligibleUnitId,
      proposerKinds: b.proposerKinds,
      quotaPerProposer: b.quotaPerProposer,
      quotaTotal: b.quotaTotal,
      themes: b.themes,
      phase: 'proposal',
      proposalOpens: b.proposalOpens,
      proposalDue: b.proposalDue,
      reviewDue: b.reviewDue,
      implementationDue: b.implementationDue,
      evaluationDue: b.evaluationDue,
      createdBy: actor.accountId,
    })
    .returning({ id: projectCampaigns.id });
  const id = row!.id;
  await insertCriteria(tx, id, 'review', b.reviewCriteria);
  await insertCriteria(tx, id, 'evaluation', b.evaluationCriteria);
  const { reviewCriteria, evaluationCriteria, ...after } = b;
  await writeAudit(tx, ctx.audit, {
    action: 'project_campaign.create',
    targetType: 'project_campaign',
    targetId: id,
    after: { ...after, reviewCriteria: reviewCriteria.length, evaluationCriteria: evaluationCriteria.length },
  });
  return id;
}

async function lockCampaign(tx: Db, id: number) {
  const [row] = await tx.select().from(projectCampaigns).where(eq(projectCampaigns.id, id)).for('update');
  return row!;
}

const sameCriteria = (a: { name: string; weightPct: number }[], b: { name: string; weightPct: number }[]) =>
  a.length === b.length && a.every((k, i) => k.name === b[i]!.name && k.weightPct === b[i]!.weightPct);

export async function updateCampaign(tx: Db, ctx: ServiceContext, id: number, b: UpdateCampaignBody): Promise<void> {
  const { actor, lang } = ctx;
  const c = await campaignOrganized(tx, actor, id);
  const before = await lockCampaign(tx, id);
  if (before.version !== b.version) throw staleVersion();
  if (before.phase === 'closed') {
    throw conflict(lang, { 'zh-CN': '活动已结束，不能修改', 'en-US': 'The campaign is closed' });
  }
  await checkContent(tx, actor, lang, c.kind, c.unitPath, b);
  const current = await criteriaOf(tx, id);
  for (const stage of ['review', 'evaluation'] as const) {
    const next = stage === 'review' ? b.reviewCriteria : b.evaluationCriteria;
    if (
      sameCriteria(
        current.filter((k) => k.stage === stage),
        next,
      )
    )
      continue;
    const [sheets] = rowsOf<{ n: string | number }>(
      await tx.execute(sql`select count(*) as n from project_score_sheets s join projects p on p.id = s.project_id
        where p.campaign_id = ${id} and s.stage = ${stage}`),
    );
    if (Number(sheets!.n) > 0) {
      throw conflict(lang, {
        'zh-CN': `${STAGE_NAME[stage]}已有评分表，不能修改其指标`,
        'en-US': `The ${stage} stage has score sheets; its criteria cannot change`,
      });
    }
    await tx.delete(projectCriteria).where(and(eq(projectCriteria.campaignId, id), eq(projectCriteria.stage, stage)));
    await insertCriteria(tx, id, stage, next);
  }
  const values = {
    name: b.name,
    description: b.description ?? null,
    eligibleUnitId: b.eligibleUnitId,
    proposerKinds: b.proposerKinds,
    quotaPerProposer: b.quotaPerProposer,
    quotaTotal: b.quotaTotal,
    themes: b.themes,
    proposalOpens: b.proposalOpens,
    proposalDue: b.proposalDue,
    reviewDue: b.reviewDue,
    implementationDue: b.implementationDue,
    evaluationDue: b.evaluationDue,
  };
  if (values.name !== before.name) {
    await assertNameFree(tx, lang, { organizerOrgId: before.organizerOrgId, year: before.year, name: b.name });
  }
  await tx
    .update(projectCampaigns)
    .set({ ...values, version: before.version + 1, updatedAt: sql`now()` })
    .where(eq(projectCampaigns.id, id));
  const pick = (r: typeof before) => ({
    name: r.name,
    description: r.description,
    eligibleUnitId: r.eligibleUnitId,
    proposerKinds: r.proposerKinds,
    quotaPerProposer: r.quotaPerProposer,
    quotaTotal: r.quotaTotal,
    themes: r.themes,
    proposalOpens: r.proposalOpens,
    proposalDue: r.proposalDue,
    reviewDue: r.reviewDue,
    implementationDue: r.implementationDue,
    evaluationDue: r.evaluationDue,
  });
  await writeAudit(tx, ctx.audit, {
    action: 'project_campaign.update',
    targetType: 'project_campaign',
    targetId: id,
    before: pick(before),
    after: values,
  });
}

export async function advanceCampaign(tx: Db, ctx: ServiceContext, id: number, b: AdvanceCampaignBody): Promise<void> {
  const { lang } = ctx;
  await campaignOrganized(tx, ctx.actor, id);
  const row = await lockCampaign(tx, id);
  if (row.version !== b.version) throw staleVersion();
  const phase = row.phase as AdvanceCampaignBody['to'];
  const next = nextPhase(phase);
  if (b.to !== next) {
    throw conflict(lang, {
      'zh-CN': next ? `只能推进到下一阶段（${next}）` : '活动已结束',
      'en-US': next ? `The campaign can only move on to the next phase (${next})` : 'The campaign is closed',
    });
  }
  if (phase === 'review') {
    const [open] = rowsOf<{ n: string | number }>(
      await tx.execute(sql`select count(*) as n from projects where campaign_id = ${id} and status = 'submitted'`),
    );
    const n = Number(open!.n);
    if (n > 0) {
      throw conflict(lang, {
        'zh-CN': `还有${n}个已提交的申报未作出立项决定`,
        'en-US': `${n} submitted proposal(s) are still undecided`,
      });
    }
  }
  await tx
    .update(projectCampaigns)
    .set({ phase: b.to, version: row.version + 1, updatedAt: sql`now()` })
    .where(eq(projectCampaigns.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'project_campaign.advance',
    targetType: 'project_campaign',
    targetId: id,
    before: { phase },
    after: { phase: b.to },
  });
}
