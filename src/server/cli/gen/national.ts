import { todayInChina } from '../../../contracts/person-rules.ts';
import type { Database } from '../../db/client.ts';
import { dayOf } from '../../demo/dates.ts';
import type { StaffingProfile } from '../../demo/people.ts';
import { Rng } from '../../demo/prng.ts';
import { planRegistry } from '../../demo/registry.ts';
import type { TermShares } from '../../demo/terms.ts';
import { buildTree } from '../../demo/tree.ts';
import { writeRegistry } from '../../demo/write.ts';
import { insertUnits } from '../../features/units/insert.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { nationalUnits } from './national-units.ts';

/**
 * A national dataset: the unit tree in one bulk insert, then the registry one
 * province at a time (planned in memory, written in chunks, one transaction
 * per province), so memory stays at one province's people. ≈16 active staff per
 * outlet counting offices: 60,000 outlets give ≈1M people, ≈37% of them members.
 */
export const NATIONAL_PROFILE: StaffingProfile = {
  outlet: [7, 17],
  blankOutlet: [4, 8],
  blankOutletShare: 0.1,
  leaders: { head_office: [8, 8], province: [7, 7], city: [5, 6], county: [3, 5] },
  department: { head_office: [4, 6], province: [3, 5], city: [12, 25], county: [4, 8] },
  section: [6, 12],
  membership: { rate: { senior: 1, mid: 0.93, junior: 0.66, staff: 0.31 }, probationary: 0.07 },
  outside: { leader: 0.03, department: 0.1, county: 0.13, outlet: 0.18 },
  leftRate: 0.03,
  retiredRate: 0.035,
  transferRate: 0.02,
};
const NATIONAL_TERMS: TermShares = { expiring: 0.02, overdue: 0.01 };

export interface NationalOptions {
  outlets: number;
  seed: number;
  /** ISO day the data is generated for (default: today in China). */
  today?: string;
  log?: (line: string) => void;
}

export interface NationalResult {
  units: number;
  people: number;
  partyOrgs: number;
  seats: number;
  seconds: { units: number; registry: number; analyze: number; total: number };
}

const secs = (from: number) => (performance.now() - from) / 1000;

export async function generateNational(
  database: Database,
  cipher: FieldCipher,
  opts: NationalOptions,
): Promise<NationalResult> {
  const log = opts.log ?? (() => {});
  const rng = new Rng(opts.seed);
  const today = dayOf(opts.today ?? todayInChina());
  const start = performance.now();
  const batches = nationalUnits(rng.fork('units'), opts.outlets);
  const all = batches.flatMap((b) => b.units);
  await database.db.transaction((tx) => insertUnits(tx, all));
  const unitSeconds = secs(start);
  log(`units: ${all.length.toLocaleString('en')} in ${unitSeconds.toFixed(1)} s`);

  const totals = { people: 0, partyOrgs: 0, seats: 0 };
  const registryStart = performance.now();
  for (const [i, batch] of batches.entries()) {
    const t0 = performance.now();
    const plan = planRegistry(buildTree(batch.units), {
      rng: rng.fork(`registry-${batch.prefix}`),
      today,
      employeePrefix: batch.prefix,
      profile: NATIONAL_PROFILE,
      rootParentOrgCode: batch.rootParentOrgCode,
      terms: NATIONAL_TERMS,
    });
    const planned = secs(t0);
    await database.db.transaction((tx) => writeRegistry(tx, cipher, plan));
    totals.people += plan.people.length;
    totals.partyOrgs += plan.orgs.length;
    totals.seats += plan.seats.length;
    log(
      `[${String(i + 1).padStart(2)}/${batches.length}] ${batch.label}: ${plan.people.length.toLocaleString('en')} people, ` +
        `${plan.orgs.length.toLocaleString('en')} party orgs, ${plan.seats.length.toLocaleString('en')} seats — ` +
        `plan ${planned.toFixed(1)} s, write ${(secs(t0) - planned).toFixed(1)} s ` +
        `(${totals.people.toLocaleString('en')} people so far, ${secs(start).toFixed(0)} s)`,
    );
  }
  const registrySeconds = secs(registryStart);
  const analyzeStart = performance.now();
  // Statistics for the planner and the visibility map for index-only scans, as after any bulk load
  // (PGlite runs no autovacuum, so nothing else would do it).
  await database.query('vacuum analyze');
  const analyzeSeconds = secs(analyzeStart);
  return {
    units: all.length,
    ...totals,
    seconds: { units: unitSeconds, registry: registrySeconds, analyze: analyzeSeconds, total: secs(start) },
  };
}
