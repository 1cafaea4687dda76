import { eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { DecisionBody } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { projects } from '../../db/schema/projects.ts';
import { rowsOf } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, outOfReachField, outOfScope, staleVersion } from '../../platform/errors.ts';
import { escapeLike } from '../../platform/scope.ts';
import { type CampaignInScope, lockProject, organizesCampaign, projectInScope } from './access.ts';
import { addEvent } from './proposals.ts';

/** The organizer's decisions on submitted proposals (within the quota) and the guiding leader. */

/**
 * A project of a campaign the caller organizes, with the campaign row locked first
 * (two approvals cannot both pass the quota), then the project row; or 404.
 */
async function organizedProject(tx: Db, ctx: ServiceContext, id: number, version: number) {
  const first = await projectInScope(tx, ctx.actor, id);
  if (!organizesCampaign(ctx.actor, first.campaign)) throw outOfScope('project', id);
  await tx.execute(sql`select 1 from project_campaigns where id = ${first.campaign.id} for update`);
  await lockProject(tx, id);
  const p = await projectInScope(tx, ctx.actor, id);
  if (p.version !== version) throw staleVersion();
  return p;
}

/** The guide: any person in the organizer's unit subtree. */
async function assertGuide(tx: Db, lang: Lang, c: CampaignInScope, personId: number) {
  const [row] = rowsOf<{ id: number }>(
    await tx.execute(
      sql`select id from people where id = ${personId} and unit_path like ${`${escapeLike(c.unitPath)}%`}`,
    ),
  );
  if (!row) throw outOfReachField(lang, 'guidePersonId');
}

const count = async (tx: Db, q: ReturnType<typeof sql>) =>
  Number(rowsOf<{ n: string | number }>(await tx.execute(q))[0]!.n);

export async function decideProject(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  b: DecisionBody,
  today: string,
): Promise<void> {
  const { lang, actor } = ctx;
  const p = await organizedProject(tx, ctx, id, b.version);
  const c = p.campaign;
  if (c.phase !== 'review' || today > c.reviewDue) {
    throw conflict(lang, {
      'zh-CN': '只能在评审阶段、评审截止前作出立项决定',
      'en-US': 'Decisions are made in the review phase, before it is due',
    });
  }
  if (p.status !== 'submitted') {
    throw conflict(lang, {
      'zh-CN': '只能对已提交的申报作出决定',
      'en-US': 'Only a submitted proposal can be decided',
    });
  }
  const reason = b.reason?.trim() || null;
  if (b.decision !== 'approve' && !reason) {
    throw invalidField(lang, 'reason', 'required', {
      'zh-CN': '退回或不予立项时必须填写',
      'en-US': 'is required to return or reject',
    });
  }
  if (b.decision === 'approve') {
    const same =
      p.partyOrgId === null ? sql`party_org_id is null and unit_id = ${p.unitId}` : sql`party_org_id = ${p.partyOrgId}`;
    const mine = await count(
      tx,
      sql`select count(*) as n from projects where campaign_id = ${c.id} and status = 'approved' and ${same}`,
    );
    if (mine >= c.quotaPerProposer) {
      const [who] = rowsOf<{ name: string }>(
        await tx.execute(
          p.partyOrgId === null
            ? sql`select name from units where id = ${p.unitId}`
            : sql`select name from party_orgs where id = ${p.partyOrgId}`,
        ),
      );
      throw conflict(lang, {
        'zh-CN': `${who!.name}已立项${mine}个，达到每个申报主体${c.quotaPerProposer}个的名额`,
        'en-US': `${who!.name} already has ${mine} approved; the quota per proposer is ${c.quotaPerProposer}`,
      });
    }
    if (c.quotaTotal !== null) {
      const all = await count(
        tx,
        sql`select count(*) as n from projects where campaign_id = ${c.id} and status = 'approved'`,
      );
      if (all >= c.quotaTotal) {
        throw conflict(lang, {
          'zh-CN': `本活动已立项${all}个，达到总名额${c.quotaTotal}个`,
          'en-US': `${all} already approved; the campaign's quota is ${c.quotaTotal}`,
        });
      }
    }
    if (b.guidePersonId) await assertGuide(tx, lang, c, b.guidePersonId);
  }
  const status = ({ approve: 'approved', return: 'returned', reject: 'rejected' } as const)[b.decision];
  const guide = b.decision === 'approve' && b.guidePersonId ? b.guidePersonId : null;
  await tx
    .update(projects)
    .set({
      status,
      decisionReason: b.decision === 'approve' ? null : reason,
      decidedAt: sql`now()`,
      decidedBy: actor.accountId,
      ...(guide ? { guidePersonId: guide } : {}),
      version: p.version + 1,
      updatedAt: sql`now()`,
    })
    .where(eq(projects.id, id));
  await addEvent(tx, id, status, actor.accountId, reason);
  if (guide) await addEvent(tx, id, 'guide_assigned', actor.accountId);
  await writeAudit(tx, ctx.audit, {
    action: 'project.decide',
    targetType: 'project',
    targetId: id,
    before: { status: p.status },
    after: { status, ...(guide ? { guidePersonId: guide } : {}) },
    detail: { decision: b.decision, reason },
  });
}

export async function assignGuide(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  b: { guidePersonId: number; version: number },
): Promise<void> {
  const { lang } = ctx;
  const p = await organizedProject(tx, ctx, id, b.version);
  if (p.status !== 'approved' || p.campaign.phase === 'closed') {
    throw conflict(lang, {
      'zh-CN': '只能为已立项且活动未结束的项目指定挂钩指导领导',
      'en-US': 'A guide is assigned to an approved project of an open campaign',
    });
  }
  await assertGuide(tx, lang, p.campaign, b.guidePersonId);
  await tx
    .update(projects)
    .set({ guidePersonId: b.guidePersonId, version: p.version + 1, updatedAt: sql`now()` })
    .where(eq(projects.id, id));
  await addEvent(tx, id, 'guide_assigned', ctx.actor.accountId);
  await writeAudit(tx, ctx.audit, {
    action: 'project.guide',
    targetType: 'project',
    targetId: id,
    before: { guidePersonId: p.guidePersonId },
    after: { guidePersonId: b.guidePersonId },
  });
}
