import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type {
  CampaignBoard,
  CampaignDetail,
  CampaignKind,
  CampaignListItem,
  CampaignPhase,
  Criterion,
  ScoreStage,
} from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { projectCampaigns, projectCriteria } from '../../db/schema/projects.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import {
  type CampaignInScope,
  campaignInScope,
  campaignReachable,
  campaignsFrom,
  organizesCampaign,
} from './access.ts';
import { campaignCounts, countsOf, proposerFigures, proposerFiguresOf } from './counts.ts';
import { phaseDue } from './phases.ts';
import { hasProposer } from './proposers.ts';

/** Reads of campaigns: the list, one campaign, and its board. */

type CampaignRow = Omit<CampaignInScope, 'kind' | 'phase'> & { kind: string; phase: string };
const asCampaign = (r: CampaignRow): CampaignInScope => ({
  ...r,
  kind: r.kind as CampaignKind,
  phase: r.phase as CampaignPhase,
});

async function namesOf(db: Db, orgIds: number[], unitIds: number[]) {
  const orgs = orgIds.length
    ? await db.select({ id: partyOrgs.id, name: partyOrgs.name }).from(partyOrgs).where(inArray(partyOrgs.id, orgIds))
    : [];
  const us = unitIds.length
    ? await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
    : [];
  const org = new Map(orgs.map((o) => [o.id, o.name]));
  const unit = new Map(us.map((u) => [u.id, u.name]));
  return {
    org: (id: number) => ({ id, name: org.get(id) ?? '' }),
    unit: (id: number) => ({ id, name: unit.get(id) ?? '' }),
  };
}

/** The campaigns the caller organizes or takes part in (has an eligible proposer in scope), newest year first. */
export async function listCampaigns(
  db: Db,
  actor: Actor,
  q: { year?: number | undefined; kind?: CampaignKind | undefined },
  today: string,
): Promise<CampaignListItem[]> {
  const conds: SQL[] = [campaignReachable(actor)];
  if (q.year !== undefined) conds.push(eq(projectCampaigns.year, q.year));
  if (q.kind) conds.push(eq(projectCampaigns.kind, q.kind));
  const rows = (
    await campaignsFrom(db)
      .where(and(...conds))
      .orderBy(desc(projectCampaigns.year), asc(projectCampaigns.id))
      .limit(200)
  ).map(asCampaign);
  const names = await namesOf(
    db,
    rows.map((r) => r.organizerOrgId),
    rows.map((r) => r.unitId),
  );
  const parents = new Map(
    rows.length
      ? (
          await db
            .select({ id: projectCampaigns.id, parentId: projectCampaigns.parentId })
            .from(projectCampaigns)
            .where(
              inArray(
                projectCampaigns.id,
                rows.map((r) => r.id),
              ),
            )
        ).map((p) => [p.id, p.parentId])
      : [],
  );
  const figures = await proposerFiguresOf(db, actor, rows, today);
  const out: CampaignListItem[] = [];
  for (const c of rows) {
    const counts = countsOf(figures.get(c.id) ?? []);
    // The list is what the caller organizes or takes part in: a branch secretary is not shown the
    // province's committee-level campaign (its detail stays readable by link).
    if (!organizesCampaign(actor, c) && counts.eligible === 0) continue;
    out.push({
      id: c.id,
      kind: c.kind,
      year: c.year,
      name: c.name,
      organizer: names.org(c.organizerOrgId),
      unit: names.unit(c.unitId),
      parentId: parents.get(c.id) ?? null,
      phase: c.phase,
      phaseDue: phaseDue(c),
      counts,
    });
  }
  return out;
}

export async function criteriaOf(db: Db, campaignId: number, stage?: ScoreStage): Promise<Criterion[]> {
  const conds = [eq(projectCriteria.campaignId, campaignId)];
  if (stage) conds.push(eq(projectCriteria.stage, stage));
  const rows = await db
    .select()
    .from(projectCriteria)
    .where(and(...conds))
    .orderBy(asc(projectCriteria.stage), asc(projectCriteria.ordinal));
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage as ScoreStage,
    ordinal: r.ordinal,
    name: r.name,
    weightPct: r.weightPct,
  }));
}

export async function campaignDetailOf(db: Db, actor: Actor, id: number, today: string): Promise<CampaignDetail> {
  const c = await campaignInScope(db, actor, id);
  const [row] = await db.select().from(projectCampaigns).where(eq(projectCampaigns.id, id));
  const names = await namesOf(db, [c.organizerOrgId], [c.unitId, c.eligibleUnitId]);
  const parent = row!.parentId
    ? ((await campaignsFrom(db).where(and(eq(projectCampaigns.id, row!.parentId), campaignReachable(actor))))[0] ??
      null)
    : null;
  const children = await campaignsFrom(db)
    .where(and(eq(projectCampaigns.parentId, id), campaignReachable(actor)))
    .orderBy(asc(projectCampaigns.id));
  const organizes = organizesCampaign(actor, c);
  const can = (p: 'projects.manage' | 'projects.propose' | 'projects.review') => actor.permissions.has(p);
  return {
    id: c.id,
    kind: c.kind,
    year: c.year,
    name: c.name,
    description: row!.description,
    organizer: names.org(c.organizerOrgId),
    unit: names.unit(c.unitId),
    eligibleUnit: names.unit(c.eligibleUnitId),
    proposerKinds: c.proposerKinds as CampaignDetail['proposerKinds'],
    quotaPerProposer: c.quotaPerProposer,
    quotaTotal: c.quotaTotal,
    themes: c.themes,
    phase: c.phase,
    phaseDue: phaseDue(c),
    proposalOpens: c.proposalOpens,
    proposalDue: c.proposalDue,
    reviewDue: c.reviewDue,
    implementationDue: c.implementationDue,
    evaluationDue: c.evaluationDue,
    criteria: await criteriaOf(db, id),
    parent: parent ? { id: parent.id, name: parent.name } : null,
    children: children.map((k) => ({
      id: k.id,
      name: k.name,
      kind: k.kind as CampaignKind,
      phase: k.phase as CampaignPhase,
    })),
    counts: await campaignCounts(db, actor, c, today),
    canManage: can('projects.manage') && organizes,
    canPropose: can('projects.propose') && c.phase === 'proposal' && (await hasProposer(db, actor, c)),
    canReview: can('projects.review') && organizes,
    version: c.version,
  };
}

/** One row per eligible proposer in the caller's scope (the organizer sees all; a branch secretary his own). */
export async function campaignBoardOf(db: Db, actor: Actor, id: number, today: string): Promise<CampaignBoard> {
  const c = await campaignInScope(db, actor, id);
  const rows = await proposerFigures(db, actor, c, today);
  return { campaign: { id: c.id, name: c.name, phase: c.phase }, counts: countsOf(rows), rows };
}
