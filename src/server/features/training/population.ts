import { type SQL, sql } from 'drizzle-orm';
import type { Audience } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import { escapeLike } from '../../platform/scope.ts';
import { addMonths } from './dates.ts';

/**
 * Who a requirement or an invitation is about, read from the registry:
 * - members: active employees in the party (full or probationary) of the subtree;
 * - committee members: those with a seat (any role) on a party org of the subtree;
 * - secretaries: current secretary seats of party orgs of the subtree that are not dissolved;
 * - new secretaries: those whose current secretary seat started within the window (default six months).
 * A seat's org lies in the subtree when the org's unit does.
 */
const like = (path: string) => `${escapeLike(path)}%`;

/** People (active, in the party) whose own unit lies in the subtree. */
export const membersUnder = (path: string): SQL => sql`
  select p.id as person_id from people p
  where p.unit_path like ${like(path)} and p.employment_status = 'active'
    and p.party_status in ('full', 'probationary')`;

/** Current seats of the given roles on live party orgs whose unit lies in the subtree. */
export const seatsUnder = (path: string, roles: readonly string[]): SQL => sql`
  select c.person_id, c.party_org_id, c.started_on::text as started_on from party_org_committee c
  join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null
  join units u on u.id = o.unit_id
  where u.path like ${like(path)} and c.ended_on is null
    and c.role in (${sql.join(
      roles.map((r) => sql`${r}`),
      sql`, `,
    )})`;

/** The people an audience names in a subtree, as of `today`. */
export async function audiencePersonIds(
  db: Db,
  audience: Exclude<Audience, 'custom'>,
  path: string,
  today: string,
  newSecretaryMonths: number,
): Promise<number[]> {
  const query =
    audience === 'members'
      ? membersUnder(path)
      : audience === 'committee_members'
        ? sql`select distinct s.person_id from (${seatsUnder(path, ['secretary', 'deputy_secretary', 'member'])}) s`
        : audience === 'all_secretaries'
          ? sql`select distinct s.person_id from (${seatsUnder(path, ['secretary'])}) s`
          : sql`select distinct s.person_id from (${seatsUnder(path, ['secretary'])}) s
              where s.started_on::date > ${addMonths(today, -newSecretaryMonths)}::date`;
  const rows = rowsOf<{ person_id: number | string }>(await db.execute(query));
  return rows.map((r) => Number(r.person_id));
}
