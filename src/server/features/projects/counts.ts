import { sql } from 'drizzle-orm';
import type { CampaignCounts, Proposer } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import type { CampaignInScope } from './access.ts';
import { type ProposerRow, proposerOf, proposersSql } from './proposers.ts';

/**
 * THE campaign figures (campaignCountsSchema), one row per eligible proposer in the
 * caller's scope: proposed excludes drafts and withdrawn proposals; milestones count
 * over approved projects; overdue = not done and due before today. The board shows
 * the rows, the list and the detail their sums, so they cannot disagree.
 */
export interface ProposerFigures {
  proposer: Proposer;
  proposed: number;
  approved: number;
  returned: number;
  rejected: number;
  milestones: number;
  milestonesDone: number;
  milestonesOverdue: number;
}

type FigureRow = ProposerRow &
  Record<'proposed' | 'approved' | 'returned' | 'rejected' | 'ms' | 'ms_done' | 'ms_overdue', string | number>;

/** The proposer rows of one campaign. */
export async function proposerFigures(
  db: Db,
  actor: Actor,
  c: CampaignInScope,
  today: string,
): Promise<ProposerFigures[]> {
  return (await proposerFiguresOf(db, actor, [c], today)).get(c.id) ?? [];
}

/** The proposer rows of several campaigns in one statement (the campaign list), by campaign id. */
export async function proposerFiguresOf(
  db: Db,
  actor: Actor,
  campaigns: readonly CampaignInScope[],
  today: string,
): Promise<Map<number, ProposerFigures[]>> {
  const out = new Map<number, ProposerFigures[]>(campaigns.map((c) => [c.id, []]));
  if (campaigns.length === 0) return out;
  const eligible = sql.join(
    campaigns.map((c) => sql`select ${c.id}::integer as campaign_id, q.* from (${proposersSql(c, actor)}) q`),
    sql` union all `,
  );
  const ids = arrayParam(campaigns.map((c) => c.id));
  const rows = rowsOf<FigureRow & { campaign_id: number | string }>(
    await db.execute(sql`
      with pr as (${eligible}),
      ms as (
        select m.project_id, count(*) as n, count(m.done_on) as done,
          count(*) filter (where m.done_on is null and m.due_on < ${today}::date) as overdue
        from project_milestones m join projects p on p.id = m.project_id
        where p.campaign_id = any(${ids}::int[]) and p.status = 'approved'
        group by m.project_id
      )
      select pr.*,
        count(p.id) filter (where p.status not in ('draft', 'withdrawn')) as proposed,
        count(p.id) filter (where p.status = 'approved') as approved,
        count(p.id) filter (where p.status = 'returned') as returned,
        count(p.id) filter (where p.status = 'rejected') as rejected,
        coalesce(sum(ms.n), 0) as ms, coalesce(sum(ms.done), 0) as ms_done, coalesce(sum(ms.overdue), 0) as ms_overdue
      from pr
      -- An org proposer is matched by its party org, a unit proposer (section brand) by its unit.
      left join projects p on p.campaign_id = pr.campaign_id and (
        (pr.party_org_id is not null and p.party_org_id = pr.party_org_id)
        or (pr.party_org_id is null and p.party_org_id is null and p.unit_id = pr.unit_id))
      left join ms on ms.project_id = p.id
      group by pr.campaign_id, pr.party_org_id, pr.party_org_name, pr.unit_id, pr.unit_name, pr.unit_path,
        pr.secretary_id, pr.secretary_name
      order by pr.campaign_id, pr.unit_path, pr.party_org_id`),
  );
  for (const r of rows) {
    out.get(Number(r.campaign_id))?.push({
      proposer: proposerOf(r),
      proposed: Number(r.proposed),
      approved: Number(r.approved),
      returned: Number(r.returned),
      rejected: Number(r.rejected),
      milestones: Number(r.ms),
      milestonesDone: Number(r.ms_done),
      milestonesOverdue: Number(r.ms_overdue),
    });
  }
  return out;
}

/** The campaign's figures: the sums of the proposer rows. */
export function countsOf(rows: readonly ProposerFigures[]): CampaignCounts {
  const sum = (k: keyof Omit<ProposerFigures, 'proposer'>) => rows.reduce((s, r) => s + r[k], 0);
  return {
    eligible: rows.length,
    proposers: rows.filter((r) => r.proposed > 0).length,
    proposed: sum('proposed'),
    approved: sum('approved'),
    returned: sum('returned'),
    rejected: sum('rejected'),
    milestones: sum('milestones'),
    milestonesDone: sum('milestonesDone'),
    milestonesOverdue: sum('milestonesOverdue'),
  };
}

export async function campaignCounts(db: Db, actor: Actor, c: CampaignInScope, today: string): Promise<CampaignCounts> {
  return countsOf(await proposerFigures(db, actor, c, today));
}
