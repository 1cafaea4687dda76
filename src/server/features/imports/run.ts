import { sql } from 'drizzle-orm';
import type { ImportKind, ImportReport } from '../../../contracts/imports.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { commitPairings } from './commit-pairings.ts';
import { commitPartyOrgs } from './commit-party-orgs.ts';
import { commitPeople } from './commit-people.ts';
import { commitUnits } from './commit-units.ts';
import { Problems } from './problems.ts';
import { type ImportSheet, readSheet } from './read-sheet.ts';
import { validatePairings } from './validate-pairings.ts';
import { validatePartyOrgs } from './validate-party-orgs.ts';
import { validatePeople } from './validate-people.ts';
import { validateUnits } from './validate-units.ts';

interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Checks a sheet and, when asked and it has no problem, writes it. */
type Importer = (
  db: Db,
  ctx: ServiceContext,
  sheet: ImportSheet,
  problems: Problems,
  write: boolean,
) => Promise<Counts>;

function importer<P extends { inserts: unknown[]; updates: unknown[]; unchanged: number }>(
  validate: (db: Db, ctx: ServiceContext, sheet: ImportSheet, problems: Problems) => Promise<P>,
  commit: (tx: Db, ctx: ServiceContext, plan: P) => Promise<void>,
): Importer {
  return async (db, ctx, sheet, problems, write) => {
    const plan = await validate(db, ctx, sheet, problems);
    if (write && problems.count === 0) await commit(db, ctx, plan);
    return { inserted: plan.inserts.length, updated: plan.updates.length, unchanged: plan.unchanged };
  };
}

const IMPORTERS: Record<ImportKind, Importer> = {
  units: importer(validateUnits, commitUnits),
  party_orgs: importer(validatePartyOrgs, (tx, _ctx, plan) => commitPartyOrgs(tx, plan)),
  people: importer(validatePeople, commitPeople),
  pairings: importer(validatePairings, commitPairings),
};

/** The audit row of a committed import: registry lists, or pairings. */
const AUDIT: Record<ImportKind, { action: string; targetType: string }> = {
  units: { action: 'registry.import', targetType: 'registry' },
  party_orgs: { action: 'registry.import', targetType: 'registry' },
  people: { action: 'registry.import', targetType: 'registry' },
  pairings: { action: 'pairing.import', targetType: 'pairing' },
};

/**
 * Imports a registry (or pairings) sheet. A dry run checks every row against the stored
 * registry and counts what would be inserted, updated or left unchanged,
 * writing nothing. A commit checks the same way inside one transaction and
 * writes all rows, or (on any problem) none. Imports run one at a time.
 */
export async function runImport(
  db: Db,
  ctx: ServiceContext,
  kind: ImportKind,
  mode: 'dry_run' | 'commit',
  file: Buffer,
): Promise<ImportReport> {
  const sheet = await readSheet(file, kind);
  const problems = new Problems(sheet);
  const report = (counts: Counts, committed: boolean): ImportReport => ({
    kind,
    mode,
    rows: sheet.rows.length,
    committed,
    ...counts,
    problems: problems.listed(ctx.lang),
    problemCount: problems.count,
  });
  if (mode === 'dry_run') return report(await IMPORTERS[kind](db, ctx, sheet, problems, false), false);
  return db.transaction(async (tx) => {
    // Two imports checked against the same state would both pass and then collide.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('liandian.registry_import'))`);
    const counts = await IMPORTERS[kind](tx, ctx, sheet, problems, true);
    if (problems.count > 0) return report(counts, false);
    await writeAudit(tx, ctx.audit, {
      ...AUDIT[kind],
      targetId: kind,
      detail: { kind, rows: sheet.rows.length, ...counts },
    });
    return report(counts, true);
  });
}
