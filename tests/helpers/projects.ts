import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CampaignKind, CampaignPhase, ProjectStatus } from '../../src/contracts/projects.ts';
import { accounts } from '../../src/server/db/schema/accounts.ts';
import { partyOrgCommittee, partyOrgs } from '../../src/server/db/schema/party-orgs.ts';
import { projectCampaigns, projectCriteria, projects, projectTargets } from '../../src/server/db/schema/projects.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from './app.ts';

/** A date `days` from today (UTC calendar; tests keep clear of midnight edges by using whole days). */
export const dayFromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export interface SeededCampaign {
  campaignId: number;
  /** Criterion ids in the order given, per stage. */
  review: number[];
  evaluation: number[];
}

/**
 * A campaign written straight into the tables (set-up for tests that are not about
 * creating campaigns). Defaults: the province committee (DW-JN) runs a secretary-led
 * campaign for the city committees, one project each, in the proposal phase open
 * from 10 days ago to 10 days on, then 20, 60 and 90 days on.
 */
export async function seedCampaign(
  env: TestEnv,
  v: {
    organizerOrgCode?: string;
    kind?: CampaignKind;
    year?: number;
    name?: string;
    eligibleUnitCode?: string;
    proposerKinds?: string[];
    quotaPerProposer?: number;
    quotaTotal?: number | null;
    phase?: CampaignPhase;
    dates?: Partial<
      Record<'proposalOpens' | 'proposalDue' | 'reviewDue' | 'implementationDue' | 'evaluationDue', string>
    >;
    reviewCriteria?: { name: string; weightPct: number }[];
    evaluationCriteria?: { name: string; weightPct: number }[];
  } = {},
): Promise<SeededCampaign> {
  const db = env.database.db;
  const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  const [org] = await db
    .select({ id: partyOrgs.id, unitId: partyOrgs.unitId })
    .from(partyOrgs)
    .where(eq(partyOrgs.code, v.organizerOrgCode ?? 'DW-JN'));
  if (!org) throw new Error(`no party org ${v.organizerOrgCode}`);
  const [c] = await db
    .insert(projectCampaigns)
    .values({
      kind: v.kind ?? 'secretary_led',
      year: v.year ?? Number(dayFromToday(0).slice(0, 4)),
      name: v.name ?? `书记领题测试活动${Math.random().toString(36).slice(2, 8)}`,
      organizerOrgId: org.id,
      unitId: org.unitId,
      eligibleUnitId: v.eligibleUnitCode ? env.fixture.unit(v.eligibleUnitCode) : org.unitId,
      proposerKinds: v.proposerKinds ?? ['committee'],
      quotaPerProposer: v.quotaPerProposer ?? 1,
      quotaTotal: v.quotaTotal ?? null,
      themes: ['破解基层党建难题', '破解改革发展难题'],
      phase: v.phase ?? 'proposal',
      proposalOpens: v.dates?.proposalOpens ?? dayFromToday(-10),
      proposalDue: v.dates?.proposalDue ?? dayFromToday(10),
      reviewDue: v.dates?.reviewDue ?? dayFromToday(20),
      implementationDue: v.dates?.implementationDue ?? dayFromToday(60),
      evaluationDue: v.dates?.evaluationDue ?? dayFromToday(90),
      createdBy: admin!.id,
    })
    .returning({ id: projectCampaigns.id });
  const campaignId = c!.id;
  const insertCriteria = async (stage: 'review' | 'evaluation', list: { name: string; weightPct: number }[]) => {
    const ids: number[] = [];
    for (const [i, k] of list.entries()) {
      const [row] = await db
        .insert(projectCriteria)
        .values({ campaignId, stage, ordinal: i + 1, name: k.name, weightPct: k.weightPct })
        .returning({ id: projectCriteria.id });
      ids.push(row!.id);
    }
    return ids;
  };
  return {
    campaignId,
    review: await insertCriteria(
      'review',
      v.reviewCriteria ?? [
        { name: '选题价值', weightPct: 60 },
        { name: '方案可行', weightPct: 40 },
      ],
    ),
    evaluation: await insertCriteria(
      'evaluation',
      v.evaluationCriteria ?? [
        { name: '目标达成', weightPct: 50 },
        { name: '创新性', weightPct: 30 },
        { name: '推广价值', weightPct: 20 },
      ],
    ),
  };
}

/** The current secretary (person id) of a party org, by code. */
export async function secretaryOf(env: TestEnv, orgCode: string): Promise<number> {
  const [row] = await env.database.db
    .select({ personId: partyOrgCommittee.personId })
    .from(partyOrgCommittee)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyOrgCommittee.partyOrgId))
    .where(
      and(eq(partyOrgs.code, orgCode), eq(partyOrgCommittee.role, 'secretary'), isNull(partyOrgCommittee.endedOn)),
    );
  if (!row) throw new Error(`${orgCode} has no secretary`);
  return row.personId;
}

/** A party org's id and unit id by code. */
export async function orgByCode(env: TestEnv, code: string): Promise<{ id: number; unitId: number }> {
  const [row] = await env.database.db
    .select({ id: partyOrgs.id, unitId: partyOrgs.unitId })
    .from(partyOrgs)
    .where(eq(partyOrgs.code, code));
  if (!row) throw new Error(`no party org ${code}`);
  return row;
}

/**
 * A proposal written straight into the tables, by a party org (its secretary leads it)
 * in a given status, with one target. For tests that start after the proposal stage.
 */
export async function seedProject(
  env: TestEnv,
  v: { campaignId: number; orgCode: string; title?: string; status?: ProjectStatus; guidePersonId?: number | null },
): Promise<number> {
  const db = env.database.db;
  const org = await orgByCode(env, v.orgCode);
  const leader = await secretaryOf(env, v.orgCode);
  const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  const [p] = await db
    .insert(projects)
    .values({
      campaignId: v.campaignId,
      unitId: org.unitId,
      partyOrgId: org.id,
      title: v.title ?? `${v.orgCode}领题项目`,
      problemKind: 'party_building',
      problem: '网点党员空白',
      goals: '消除空白点',
      plan: '党代表包挂',
      leaderPersonId: leader,
      guidePersonId: v.guidePersonId ?? null,
      status: v.status ?? 'approved',
      submittedAt: sql`now()`,
      decidedAt: v.status === 'approved' || v.status === undefined ? sql`now()` : null,
      createdBy: admin!.id,
    })
    .returning({ id: projects.id });
  await db
    .insert(projectTargets)
    .values({ projectId: p!.id, ordinal: 1, name: '空白网点数', unit: '个', baseline: 54, targetValue: 0 });
  return p!.id;
}

/** Raw SQL count helper for assertions. */
export async function countOf(env: TestEnv, query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number | string }>(await env.database.db.execute(query))[0]!.n);
}
