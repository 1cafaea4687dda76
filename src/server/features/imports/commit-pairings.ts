import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { staleVersion } from '../../platform/errors.ts';
import { chunks } from './commit-people.ts';
import type { PairingsPlan, PairingValues } from './validate-pairings.ts';

const col = <T>(rows: readonly PairingValues[], f: (v: PairingValues) => T) => arrayParam(rows.map(f));

/**
 * Writes a checked pairings plan in unnest statements: the new pairings
 * (created by the importing account), then the end dates and notes of the
 * stored ones the file changed, guarded by their versions.
 */
export async function commitPairings(tx: Db, ctx: ServiceContext, plan: PairingsPlan): Promise<void> {
  for (const part of chunks(plan.inserts)) {
    await tx.execute(sql`
      insert into pairings (scheme_id, person_id, target_unit_id, target_party_org_id, scope_unit_id,
                            starts_on, ends_on, note, created_by)
      select i.*, ${ctx.actor.accountId}::int from unnest(
        ${col(part, (v) => v.schemeId)}::int[], ${col(part, (v) => v.personId)}::int[],
        ${col(part, (v) => v.targetUnitId)}::int[], ${col(part, (v) => v.targetPartyOrgId)}::int[],
        ${col(part, (v) => v.scopeUnitId)}::int[], ${col(part, (v) => v.startsOn)}::date[],
        ${col(part, (v) => v.endsOn)}::date[], ${col(part, (v) => v.note)}::text[]) as i`);
  }
  for (const part of chunks(plan.updates)) {
    const values = part.map((u) => u.values);
    const updated = rowsOf<{ id: number }>(
      await tx.execute(sql`
        update pairings p set ends_on = i.ends_on, note = i.note, updated_at = now(), version = p.version + 1
        from unnest(
          ${arrayParam(part.map((u) => u.stored.id))}::int[], ${arrayParam(part.map((u) => u.stored.version))}::int[],
          ${col(values, (v) => v.endsOn)}::date[], ${col(values, (v) => v.note)}::text[]
        ) as i(id, version, ends_on, note)
        where p.id = i.id and p.version = i.version
        returning p.id`),
    );
    // Someone changed one of these pairings since the file was checked: write nothing.
    if (updated.length !== part.length) throw staleVersion();
  }
}
