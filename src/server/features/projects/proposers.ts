import { type SQL, sql } from 'drizzle-orm';
import { ORG_CAMPAIGN_KINDS, type Proposer } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { escapeLike, inScope } from '../../platform/scope.ts';
import type { CampaignInScope } from './access.ts';

/**
 * THE definition of a campaign's eligible proposers (decision 0016): party orgs of
 * the campaign's proposer kinds (secretary-led, branch-led; not dissolved, not the
 * organizer's own org), or units of those kinds (section brands; not the organizer's
 * own unit), lying in the eligible subtree, cut to the units in the caller's scope.
 * The board, the counts, the proposer list and the proposal's check all read it.
 */
export type ProposerCampaign = Pick<
  CampaignInScope,
  'kind' | 'proposerKinds' | 'eligibleUnitPath' | 'organizerOrgId' | 'unitId'
>;

export interface ProposerRow {
  party_org_id: number | null;
  party_org_name: string | null;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  secretary_id: number | null;
  secretary_name: string | null;
}

export const isOrgCampaign = (c: Pick<CampaignInScope, 'kind'>) => ORG_CAMPAIGN_KINDS.includes(c.kind);

/**
 * The select of the eligible proposers in the caller's scope (columns of ProposerRow),
 * with an optional extra condition over `o` (party_orgs) / `u` (units).
 */
export function proposersSql(c: ProposerCampaign, actor: Pick<Actor, 'scopePaths'>, extra: SQL = sql`true`): SQL {
  const under = sql`u.path like ${`${escapeLike(c.eligibleUnitPath)}%`}`;
  const scoped = inScope(sql`u.path`, actor);
  if (isOrgCampaign(c)) {
    return sql`select o.id as party_org_id, o.name as party_org_name, u.id as unit_id, u.name as unit_name,
        u.path as unit_path, s.person_id as secretary_id, s.name as secretary_name
      from party_orgs o
      join units u on u.id = o.unit_id
      left join lateral (
        select m.person_id, pe.name from party_org_committee m join people pe on pe.id = m.person_id
        where m.party_org_id = o.id and m.role = 'secretary' and m.ended_on is null
        order by m.started_on desc, m.id desc limit 1
      ) s on true
      where o.kind = any(${arrayParam(c.proposerKinds)}) and o.dissolved_on is null and o.id <> ${c.organizerOrgId}
        and ${under} and ${scoped} and ${extra}`;
  }
  return sql`select null::integer as party_org_id, null::text as party_org_name, u.id as unit_id, u.name as unit_name,
      u.path as unit_path, null::integer as secretary_id, null::text as secretary_name
    from units u
    where u.kind = any(${arrayParam(c.proposerKinds)}) and u.active and u.id <> ${c.unitId}
      and ${under} and ${scoped} and ${extra}`;
}

export function proposerOf(r: ProposerRow): Proposer {
  return {
    partyOrg: r.party_org_id === null ? null : { id: Number(r.party_org_id), name: r.party_org_name ?? '' },
    unit: { id: Number(r.unit_id), name: r.unit_name },
    secretary: r.secretary_id === null ? null : { id: Number(r.secretary_id), name: r.secretary_name ?? '' },
  };
}

/** GET /api/project-campaigns/:id/proposers: the eligible proposers the caller may propose for. */
export async function listProposers(db: Db, actor: Actor, c: ProposerCampaign): Promise<Proposer[]> {
  const rows = rowsOf<ProposerRow>(await db.execute(sql`${proposersSql(c, actor)} order by u.path, 1`));
  return rows.map(proposerOf);
}

/** Whether the caller has at least one eligible proposer (canPropose). */
export async function hasProposer(db: Db, actor: Actor, c: ProposerCampaign): Promise<boolean> {
  const rows = rowsOf<ProposerRow>(await db.execute(sql`${proposersSql(c, actor)} limit 1`));
  return rows.length > 0;
}

/** The eligible proposer named by a proposal (its party org, or its unit for a section brand), or null. */
export async function findProposer(
  db: Db,
  actor: Actor,
  c: ProposerCampaign,
  key: { partyOrgId: number } | { unitId: number },
): Promise<ProposerRow | null> {
  const extra = 'partyOrgId' in key ? sql`o.id = ${key.partyOrgId}` : sql`u.id = ${key.unitId}`;
  const rows = rowsOf<ProposerRow>(await db.execute(sql`${proposersSql(c, actor, extra)} limit 1`));
  return rows[0] ?? null;
}
