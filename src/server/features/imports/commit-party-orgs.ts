import { sql } from 'drizzle-orm';
import { todayInChina } from '../../../contracts/person-rules.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import { staleVersion } from '../../platform/errors.ts';
import type { Seat } from './committee-plan.ts';
import type { OrgValues, PartyOrgsPlan } from './validate-party-orgs.ts';

const col = <T>(rows: readonly OrgValues[], f: (v: OrgValues) => T) => arrayParam(rows.map(f));

/**
 * Writes a checked party org plan: new orgs (their parents set once every new
 * org has an id), changed orgs guarded by their versions, then the committees:
 * seats the file drops end today, seats it adds start today.
 */
export async function commitPartyOrgs(tx: Db, plan: PartyOrgsPlan): Promise<void> {
  const fresh = plan.inserts.map((i) => i.values);
  const ids = new Map<string, number>();
  if (fresh.length) {
    const inserted = rowsOf<{ id: number; code: string }>(
      await tx.execute(sql`
        insert into party_orgs (code, name, kind, unit_id, term_start, term_end, founded_on, dissolved_on)
        select * from unnest(
          ${col(fresh, (v) => v.code)}::text[], ${col(fresh, (v) => v.name)}::text[],
          ${col(fresh, (v) => v.kind)}::text[], ${col(fresh, (v) => v.unitId)}::int[],
          ${col(fresh, (v) => v.termStart)}::date[], ${col(fresh, (v) => v.termEnd)}::date[],
          ${col(fresh, (v) => v.foundedOn)}::date[], ${col(fresh, (v) => v.dissolvedOn)}::date[])
        returning id, code`),
    );
    for (const r of inserted) ids.set(r.code, r.id);
  }
  const parentCodes = [...fresh, ...plan.updates.map((u) => u.values)].flatMap((v) =>
    v.parentCode && !ids.has(v.parentCode) ? [v.parentCode] : [],
  );
  if (parentCodes.length) {
    const stored = rowsOf<{ id: number; code: string }>(
      await tx.execute(sql`select id, code from party_orgs where code = any(${arrayParam(parentCodes)}::text[])`),
    );
    for (const r of stored) ids.set(r.code, r.id);
  }
  const parentOf = (v: OrgValues) => (v.parentCode ? ids.get(v.parentCode)! : null);
  const withParent = fresh.filter((v) => v.parentCode);
  if (withParent.length) {
    await tx.execute(sql`
      update party_orgs o set parent_id = i.parent_id
      from unnest(${col(withParent, (v) => ids.get(v.code)!)}::int[], ${col(withParent, parentOf)}::int[])
        as i(id, parent_id)
      where o.id = i.id`);
  }
  if (plan.updates.length) {
    const v = plan.updates.map((u) => u.values);
    const updated = rowsOf<{ id: number }>(
      await tx.execute(sql`
        update party_orgs o set name = i.name, kind = i.kind, unit_id = i.unit_id, parent_id = i.parent_id,
          term_start = i.term_start, term_end = i.term_end, founded_on = i.founded_on, dissolved_on = i.dissolved_on,
          updated_at = now(), version = o.version + 1
        from unnest(
          ${arrayParam(plan.updates.map((u) => u.stored.id))}::int[],
          ${arrayParam(plan.updates.map((u) => u.stored.version))}::int[],
          ${col(v, (x) => x.name)}::text[], ${col(v, (x) => x.kind)}::text[], ${col(v, (x) => x.unitId)}::int[],
          ${col(v, parentOf)}::int[], ${col(v, (x) => x.termStart)}::date[], ${col(v, (x) => x.termEnd)}::date[],
          ${col(v, (x) => x.foundedOn)}::date[], ${col(v, (x) => x.dissolvedOn)}::date[]
        ) as i(id, version, name, kind, unit_id, parent_id, term_start, term_end, founded_on, dissolved_on)
        where o.id = i.id and o.version = i.version
        returning o.id`),
    );
    if (updated.length !== plan.updates.length) throw staleVersion();
  }
  await syncCommittees(tx, plan, ids);
}

async function syncCommittees(tx: Db, plan: PartyOrgsPlan, ids: ReadonlyMap<string, number>): Promise<void> {
  const today = todayInChina();
  const ending = plan.updates.flatMap((u) => u.committee.end);
  if (ending.length) {
    const ended = rowsOf<{ id: number }>(
      await tx.execute(sql`
        update party_org_committee set ended_on = greatest(started_on, ${today}::date)
        where id = any(${arrayParam(ending)}::int[]) and ended_on is null
        returning id`),
    );
    if (ended.length !== ending.length) throw staleVersion();
  }
  const starting: (Seat & { orgId: number })[] = [
    ...plan.inserts.flatMap((i) => i.seats.map((s) => ({ ...s, orgId: ids.get(i.values.code)! }))),
    ...plan.updates.flatMap((u) => u.committee.start.map((s) => ({ ...s, orgId: u.stored.id }))),
  ];
  if (starting.length === 0) return;
  await tx.execute(sql`
    insert into party_org_committee (party_org_id, person_id, role, started_on)
    select i.org_id, i.person_id, i.role, ${today}::date
    from unnest(
      ${arrayParam(starting.map((s) => s.orgId))}::int[],
      ${arrayParam(starting.map((s) => s.personId))}::int[],
      ${arrayParam(starting.map((s) => s.role))}::text[]
    ) as i(org_id, person_id, role)`);
}
