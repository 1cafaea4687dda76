import { and, asc, type SQL, sql } from 'drizzle-orm';
import { SHEETS } from '../../../contracts/registry-sheets.ts';
import type { PairingFilters } from '../../../contracts/schemes.ts';
import type { Db } from '../../db/client.ts';
import { pairings, schemes } from '../../db/schema/pairings.ts';
import type { Cell } from '../../platform/xlsx-export.ts';
import { registryXlsx } from '../registry/sheet-rows.ts';
import { pairingWhere, scopeUnit, selectPairings } from './queries.ts';

type Selected = Awaited<ReturnType<ReturnType<typeof selectPairings>['execute']>>[number];

/** The pairing list's filters in its order (target's place in the tree, then id), batch by batch. */
export async function* pairingBatches(
  db: Db,
  paths: string[],
  f: PairingFilters,
  today: string,
  batch = 2000,
): AsyncGenerator<Selected[]> {
  const where = pairingWhere(paths, f, today);
  let after: { path: string; id: number } | null = null;
  for (;;) {
    const keyset: SQL | undefined = after
      ? sql`(${scopeUnit.path}, ${pairings.id}) > (${after.path}, ${after.id})`
      : undefined;
    const rows: Selected[] = await selectPairings(db)
      .where(and(where, keyset))
      .orderBy(asc(scopeUnit.path), asc(pairings.id))
      .limit(batch);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1]!;
    after = { path: last.scopePath, id: last.pairing.id };
    if (rows.length < batch) return;
  }
}

/**
 * The pairing list as the pairings import sheet (contracts/registry-sheets.ts),
 * so an export can be edited and imported back: the scheme by name (by code
 * where two schemes share a name), holder's employee number, target code, dates.
 */
export async function pairingsXlsx(db: Db, paths: string[], f: PairingFilters, today: string) {
  const all = await db.select({ code: schemes.code, name: schemes.name }).from(schemes);
  const shared = new Set(all.filter((s) => all.some((o) => o !== s && o.name === s.name)).map((s) => s.name));
  const row = (r: Selected): Cell[] => {
    const values: Record<string, Cell> = {
      scheme: shared.has(r.schemeName) ? r.schemeCode : r.schemeName,
      employeeNo: r.personNo,
      personName: r.personName,
      targetCode: r.targetCode,
      targetName: r.targetName,
      startsOn: r.pairing.startsOn,
      endsOn: r.pairing.endsOn,
      note: r.pairing.note,
    };
    return SHEETS.pairings.map((c) => values[c.key] ?? null);
  };
  async function* rows() {
    for await (const batch of pairingBatches(db, paths, f, today)) yield batch.map(row);
  }
  return registryXlsx('pairings', rows());
}
