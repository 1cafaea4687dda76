import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CampaignKind, CampaignPhase, ProjectStatus } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { projectCampaigns, projects } from '../../db/schema/projects.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { outOfScope } from '../../platform/errors.ts';
import { inScope, pathInScope } from '../../platform/scope.ts';

/**
 * Who reaches a led project. A campaign is read by those whose scope covers its
 * organizer's unit or its eligible subtree, or lies inside that subtree (a
 * branch secretary at an outlet reads the city's 支部破题 campaign to propose).
 * It is managed and reviewed only where the organizer's unit is in scope. A
 * project is reached through its proposing unit (the organizer's scope covers it,
 * since proposers lie in the eligible subtree under the organizer). Anything
 * outside answers 404 like a missing object, and the denial is audited.
 */
export interface CampaignInScope {
  id: number;
  kind: CampaignKind;
  year: number;
  name: string;
  phase: CampaignPhase;
  organizerOrgId: number;
  unitId: number;
  unitPath: string;
  eligibleUnitId: number;
  eligibleUnitPath: string;
  proposerKinds: string[];
  quotaPerProposer: number;
  quotaTotal: number | null;
  themes: string[];
  proposalOpens: string;
  proposalDue: string;
  reviewDue: string;
  implementationDue: string;
  evaluationDue: string;
  version: number;
}

export interface ProjectInScope {
  id: number;
  campaign: CampaignInScope;
  unitId: number;
  unitPath: string;
  partyOrgId: number | null;
  status: ProjectStatus;
  leaderPersonId: number;
  guidePersonId: number | null;
  exemplary: boolean;
  version: number;
}

const organizerUnits = alias(units, 'organizer_units');
const eligibleUnits = alias(units, 'eligible_units');

const campaignColumns = {
  id: projectCampaigns.id,
  kind: projectCampaigns.kind,
  year: projectCampaigns.year,
  name: projectCampaigns.name,
  phase: projectCampaigns.phase,
  organizerOrgId: projectCampaigns.organizerOrgId,
  unitId: projectCampaigns.unitId,
  unitPath: organizerUnits.path,
  eligibleUnitId: projectCampaigns.eligibleUnitId,
  eligibleUnitPath: eligibleUnits.path,
  proposerKinds: projectCampaigns.proposerKinds,
  quotaPerProposer: projectCampaigns.quotaPerProposer,
  quotaTotal: projectCampaigns.quotaTotal,
  themes: projectCampaigns.themes,
  proposalOpens: projectCampaigns.proposalOpens,
  proposalDue: projectCampaigns.proposalDue,
  reviewDue: projectCampaigns.reviewDue,
  implementationDue: projectCampaigns.implementationDue,
  evaluationDue: projectCampaigns.evaluationDue,
  version: projectCampaigns.version,
};

type CampaignRow = Omit<CampaignInScope, 'kind' | 'phase'> & { kind: string; phase: string };
const asCampaign = (r: CampaignRow): CampaignInScope => ({
  ...r,
  kind: r.kind as CampaignKind,
  phase: r.phase as CampaignPhase,
});

/**
 * SQL over project_campaigns joined to `organizer_units` and `eligible_units` (use
 * `campaignsFrom`): the caller reads the campaign.
 */
export function campaignReachable(actor: Actor): SQL {
  const inside = actor.scopePaths.map((p) => sql`${p} like ${eligibleUnits.path} || '%'`);
  return or(inScope(organizerUnits.path, actor), inScope(eligibleUnits.path, actor), ...inside)!;
}

/** project_campaigns with the two unit joins `campaignReachable` needs. */
export function campaignsFrom(db: Db) {
  return db
    .select(campaignColumns)
    .from(projectCampaigns)
    .innerJoin(organizerUnits, eq(organizerUnits.id, projectCampaigns.unitId))
    .innerJoin(eligibleUnits, eq(eligibleUnits.id, projectCampaigns.eligibleUnitId));
}

/** A campaign the caller reads, or 404. */
export async function campaignInScope(db: Db, actor: Actor, id: number): Promise<CampaignInScope> {
  const [row] = await campaignsFrom(db).where(and(eq(projectCampaigns.id, id), campaignReachable(actor)));
  if (!row) throw outOfScope('project_campaign', id);
  return asCampaign(row);
}

/** Whether the caller's scope covers the organizer's unit (to manage or review, with the permission). */
export function organizesCampaign(actor: Actor, c: Pick<CampaignInScope, 'unitPath'>): boolean {
  return pathInScope(c.unitPath, actor.scopePaths);
}

/** A campaign the caller may manage or review (its organizer's unit in scope), or 404. */
export async function campaignOrganized(db: Db, actor: Actor, id: number): Promise<CampaignInScope> {
  const c = await campaignInScope(db, actor, id);
  if (!organizesCampaign(actor, c)) throw outOfScope('project_campaign', id);
  return c;
}

const projectUnits = alias(units, 'project_units');

/** A project (or proposal) whose proposing unit lies in the caller's scope, or 404. */
export async function projectInScope(db: Db, actor: Actor, id: number): Promise<ProjectInScope> {
  const [row] = await db
    .select({
      id: projects.id,
      unitId: projects.unitId,
      unitPath: projectUnits.path,
      partyOrgId: projects.partyOrgId,
      status: projects.status,
      leaderPersonId: projects.leaderPersonId,
      guidePersonId: projects.guidePersonId,
      exemplary: projects.exemplary,
      version: projects.version,
      campaign: campaignColumns,
    })
    .from(projects)
    .innerJoin(projectUnits, eq(projectUnits.id, projects.unitId))
    .innerJoin(projectCampaigns, eq(projectCampaigns.id, projects.campaignId))
    .innerJoin(organizerUnits, eq(organizerUnits.id, projectCampaigns.unitId))
    .innerJoin(eligibleUnits, eq(eligibleUnits.id, projectCampaigns.eligibleUnitId))
    .where(and(eq(projects.id, id), inScope(projectUnits.path, actor)));
  if (!row) throw outOfScope('project', id);
  return { ...row, status: row.status as ProjectStatus, campaign: asCampaign(row.campaign) };
}

/** Locks a project row for an update (call inside the mutation's transaction, after projectInScope). */
export async function lockProject(db: Db, id: number): Promise<void> {
  await db.execute(sql`select 1 from projects where id = ${id} for update`);
}
