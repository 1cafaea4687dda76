import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  projectCampaigns,
  projectComments,
  projectCriteria,
  projectCriterionScores,
  projectEvents,
  projectMembers,
  projectMilestones,
  projectProgress,
  projectScoreSheets,
  projects,
  projectTargetReadings,
  projectTargets,
} from '../../db/schema/projects.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Rng } from '../prng.ts';
import { type Actor, type PlannedCampaign, type Proposer, planProjects } from './plan.ts';

/**
 * The led projects of the demo (plan.ts), written straight into the tables in a
 * few multi-row statements: the people come from the seeded registry (current
 * secretaries lead, the province committee's members guide).
 */
export interface ProjectSeedInput {
  accountIds: ReadonlyMap<string, number>;
  rng: Rng;
  /** Today, YYYY-MM-DD. */
  today: string;
}

export interface ProjectSeedSummary {
  campaigns: number;
  projects: number;
  approved: number;
}

const CITY = 'JN01';
const SECRETARY_BRANCH = 'DZB-JN010101';

export async function seedProjects(db: Db, input: ProjectSeedInput): Promise<ProjectSeedSummary> {
  const plan = planProjects({ rng: input.rng, today: input.today, ...(await proposers(db)) });
  const actor = (a: Actor) => {
    const id = input.accountIds.get(a);
    if (id === undefined) throw new Error(`demo account ${a} missing`);
    return id;
  };
  const codes = plan.flatMap((c) => [c.organizer, c.eligible, ...c.projects.map((p) => p.proposer)]);
  const orgs = new Map(
    rowsOf<{ code: string; id: number; unit_id: number }>(
      await db.execute(sql`select code, id, unit_id from party_orgs where code = any(${arrayParam(codes)})`),
    ).map((r) => [r.code, { id: Number(r.id), unitId: Number(r.unit_id) }]),
  );
  const unitIds = new Map(
    rowsOf<{ code: string; id: number }>(
      await db.execute(sql`select code, id from units where code = any(${arrayParam(codes)})`),
    ).map((r) => [r.code, Number(r.id)]),
  );
  const must = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`demo projects: no ${what}`);
    return v;
  };

  // Campaigns one by one (a child names its parent), then every criterion in one statement.
  const campaignIds = new Map<PlannedCampaign['key'], number>();
  for (const c of plan) {
    const organizer = must(orgs.get(c.organizer), c.organizer);
    const [row] = await db
      .insert(projectCampaigns)
      .values({
        kind: c.kind,
        year: c.year,
        name: c.name,
        description: c.description,
        organizerOrgId: organizer.id,
        unitId: organizer.unitId,
        parentId: c.parent ? must(campaignIds.get(c.parent), c.parent) : null,
        eligibleUnitId: must(unitIds.get(c.eligible), c.eligible),
        proposerKinds: c.proposerKinds,
        quotaPerProposer: 1,
        themes: c.themes,
        phase: c.phase,
        ...c.dates,
        createdBy: actor('admin'),
        createdAt: new Date(`${c.dates.proposalOpens}T09:00:00+08:00`),
        updatedAt: new Date(`${c.dates.reviewDue}T18:00:00+08:00`),
      })
      .returning({ id: projectCampaigns.id });
    campaignIds.set(c.key, row!.id);
  }
  const criteriaRows = await db
    .insert(projectCriteria)
    .values(
      plan.flatMap((c) =>
        (['review', 'evaluation'] as const).flatMap((stage) =>
          c[stage].map((k, i) => ({
            campaignId: campaignIds.get(c.key)!,
            stage,
            ordinal: i + 1,
            name: k.name,
            weightPct: k.weightPct,
          })),
        ),
      ),
    )
    .returning({ id: projectCriteria.id, campaignId: projectCriteria.campaignId, stage: projectCriteria.stage });
  const criteriaOf = (campaignId: number, stage: string) =>
    criteriaRows.filter((r) => r.campaignId === campaignId && r.stage === stage).map((r) => r.id);

  const planned = plan.flatMap((c) => c.projects.map((p) => ({ c, p, campaignId: campaignIds.get(c.key)! })));
  const inserted = await db
    .insert(projects)
    .values(
      planned.map(({ c, p, campaignId }) => {
        const org = c.kind === 'section_brand' ? null : must(orgs.get(p.proposer), p.proposer);
        return {
          campaignId,
          unitId: org ? org.unitId : must(unitIds.get(p.proposer), p.proposer),
          partyOrgId: org?.id ?? null,
          title: p.title,
          theme: p.theme,
          problemKind: p.problemKind,
          problem: p.problem,
          goals: p.goals,
          plan: p.plan,
          resources: p.resources,
          leaderPersonId: p.leaderPersonId,
          guidePersonId: p.guidePersonId,
          status: p.status,
          decisionReason: p.decisionReason,
          submittedAt: new Date(p.submittedAt),
          decidedAt: new Date(p.decidedAt),
          decidedBy: actor('admin'),
          exemplary: p.exemplary,
          exemplaryNote: p.exemplaryNote,
          createdBy: actor(p.by),
          createdAt: new Date(p.submittedAt),
          updatedAt: new Date(p.events.at(-1)!.at),
          version: p.events.length,
        };
      }),
    )
    .returning({ id: projects.id });
  const rows = planned.map((x, i) => ({ ...x, id: inserted[i]!.id }));

  const members = rows.flatMap(({ p, id }) => p.members.map((personId) => ({ projectId: id, personId })));
  if (members.length) await db.insert(projectMembers).values(members);
  const events = rows.flatMap(({ p, id }) =>
    p.events.map((e) => ({ projectId: id, kind: e.kind, note: e.note, actorId: actor(e.by), at: new Date(e.at) })),
  );
  await db.insert(projectEvents).values(events);

  const targetPlan = rows.flatMap(({ p, id }) => p.targets.map((t, i) => ({ t, projectId: id, ordinal: i + 1, p })));
  const targetIds = await db
    .insert(projectTargets)
    .values(
      targetPlan.map(({ t, projectId, ordinal }) => ({
        projectId,
        ordinal,
        name: t.name,
        unit: t.unit,
        baseline: t.baseline,
        targetValue: t.targetValue,
      })),
    )
    .returning({ id: projectTargets.id });
  const readings = targetPlan.flatMap(({ t, p }, i) =>
    t.readings.map((r) => ({
      targetId: targetIds[i]!.id,
      measuredOn: r.measuredOn,
      value: r.value,
      note: r.note,
      recordedBy: actor(p.by),
      createdAt: new Date(`${r.measuredOn}T16:00:00+08:00`),
    })),
  );
  if (readings.length) await db.insert(projectTargetReadings).values(readings);

  const milestonePlan = rows.flatMap(({ p, id }) => p.milestones.map((m, i) => ({ m, projectId: id, ordinal: i + 1 })));
  const milestoneIds = milestonePlan.length
    ? await db
        .insert(projectMilestones)
        .values(
          milestonePlan.map(({ m, projectId, ordinal }) => ({
            projectId,
            ordinal,
            title: m.title,
            dueOn: m.dueOn,
            doneOn: m.doneOn,
            doneNote: m.doneNote,
            version: m.doneOn ? 2 : 1,
          })),
        )
        .returning({ id: projectMilestones.id })
    : [];
  // Milestone ids of each project, in order, for the progress entries that name one.
  const firstMilestone = new Map<number, number>();
  milestonePlan.forEach((m, i) => {
    if (!firstMilestone.has(m.projectId)) firstMilestone.set(m.projectId, i);
  });
  const progress = rows.flatMap(({ p, id }) =>
    p.progress.map((e) => ({
      projectId: id,
      milestoneId: e.milestone === null ? null : milestoneIds[firstMilestone.get(id)! + e.milestone]!.id,
      occurredOn: e.occurredOn,
      content: e.content,
      recordedBy: actor(e.by),
      createdAt: new Date(`${e.occurredOn}T17:30:00+08:00`),
    })),
  );
  if (progress.length) await db.insert(projectProgress).values(progress);
  const comments = rows.flatMap(({ p, id }) =>
    p.comments.map((k) => ({ projectId: id, content: k.content, authorId: actor(k.by), createdAt: new Date(k.at) })),
  );
  if (comments.length) await db.insert(projectComments).values(comments);

  const sheetPlan = rows.flatMap(({ p, id, campaignId }) => p.sheets.map((s) => ({ s, projectId: id, campaignId })));
  const sheetIds = await db
    .insert(projectScoreSheets)
    .values(
      sheetPlan.map(({ s, projectId }) => ({
        projectId,
        stage: s.stage,
        reviewerId: actor(s.reviewer),
        comment: s.comment,
        updatedAt: new Date(s.at),
      })),
    )
    .returning({ id: projectScoreSheets.id });
  await db.insert(projectCriterionScores).values(
    sheetPlan.flatMap(({ s, campaignId }, i) => {
      const criteria = criteriaOf(campaignId, s.stage);
      return s.scores.map((score, k) => ({ sheetId: sheetIds[i]!.id, criterionId: criteria[k]!, score }));
    }),
  );

  return {
    campaigns: plan.length,
    projects: rows.length,
    approved: rows.filter((r) => r.p.status === 'approved').length,
  };
}

/** The proposers, leaders, members and guides of the plan, from the seeded registry. */
async function proposers(db: Db) {
  const committees = rowsOf<{ code: string; unit_id: number; unit: string; leader: number }>(
    await db.execute(sql`
      select o.code, o.unit_id, u.name as unit, c.person_id as leader
      from party_orgs o
      join units u on u.id = o.unit_id
      join units parent on parent.id = u.parent_id and parent.code = 'JN'
      join party_org_committee c on c.party_org_id = o.id and c.role = 'secretary' and c.ended_on is null
      where o.kind = 'committee' and o.dissolved_on is null and u.kind = 'city'
      order by u.code`),
  );
  const branches = rowsOf<{ code: string; unit_id: number; unit: string; leader: number }>(
    await db.execute(sql`
      select o.code, o.unit_id, o.name as unit, c.person_id as leader
      from party_orgs o
      join units u on u.id = o.unit_id
      join party_org_committee c on c.party_org_id = o.id and c.role = 'secretary' and c.ended_on is null
      where o.kind in ('branch', 'general_branch') and o.dissolved_on is null
        and u.path like (select path from units where code = ${CITY}) || '%'
      order by u.path, o.code`),
  );
  const departments = rowsOf<{ code: string; unit_id: number; unit: string; leader: number | null }>(
    await db.execute(sql`
      select u.code, u.id as unit_id, u.name as unit,
        (select p.id from people p where p.unit_id = u.id and p.employment_status = 'active'
          order by case p.cadre_grade when 'senior' then 0 when 'mid' then 1 else 2 end, p.employee_no limit 1) as leader
      from units u join units parent on parent.id = u.parent_id
      where parent.code = 'JN' and u.kind = 'department' and u.active
      order by u.code`),
  );
  const guidesOf = async (orgCode: string) =>
    rowsOf<{ person_id: number }>(
      await db.execute(sql`
        select c.person_id from party_org_committee c join party_orgs o on o.id = c.party_org_id
        where o.code = ${orgCode} and c.ended_on is null
        order by case c.role when 'secretary' then 0 when 'deputy_secretary' then 1 else 2 end, c.id`),
    ).map((r) => Number(r.person_id));
  const [city] = rowsOf<{ name: string }>(await db.execute(sql`select name from units where code = ${CITY}`));
  const unitIds = [...committees, ...branches, ...departments].map((r) => Number(r.unit_id));
  const pool = new Map<number, number[]>();
  for (const r of rowsOf<{ unit_id: number; id: number }>(
    await db.execute(sql`
      select unit_id, id from (
        select p.unit_id, p.id, row_number() over (partition by p.unit_id order by p.employee_no) as n
        from people p
        where p.unit_id = any(${arrayParam(unitIds)}) and p.employment_status = 'active' and p.party_status <> 'none'
      ) x where n <= 8`),
  )) {
    const list = pool.get(Number(r.unit_id)) ?? [];
    list.push(Number(r.id));
    pool.set(Number(r.unit_id), list);
  }
  const proposer = (
    r: { code: string; unit_id: number; unit: string; leader: number | null },
    place: string,
  ): Proposer[] =>
    r.leader === null
      ? []
      : [{ code: r.code, place, leaderPersonId: Number(r.leader), members: pool.get(Number(r.unit_id)) ?? [] }];
  return {
    committees: committees.flatMap((r) => proposer(r, r.unit.replace(/市分行$/, ''))),
    branches: branches.flatMap((r) => proposer(r, r.unit)),
    departments: departments.flatMap((r) => proposer(r, r.unit.replace(/^省分行/, ''))),
    provinceGuides: await guidesOf('DW-JN'),
    city: { orgCode: `DW-${CITY}`, unitCode: CITY, name: city?.name ?? CITY, guides: await guidesOf(`DW-${CITY}`) },
    secretaryBranch: SECRETARY_BRANCH,
  };
}
