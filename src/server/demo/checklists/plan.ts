import type { Rng } from '../prng.ts';

/**
 * What one assigned unit did with one year's checklist, planned in memory: the
 * register's entries, monthly reports, quarterly inspections with findings and
 * rectifications, and (for a finished year) the appraisal ballots. Each unit has
 * a zeal; each duty is done with that chance, so the board shows real gaps.
 */

export interface DemoItem {
  id: number;
  cadence: string | null;
  deadline: string | null;
  targetValue: number | null;
  measure: string;
}

export interface PlannedEntry {
  itemId: number;
  completedOn: string;
  evidence: string;
  quantity: number | null;
}

export interface PlannedFinding {
  itemId: number;
  finding: 'done' | 'partly' | 'not_done';
  note: string | null;
  rectifyDue: string | null;
  rectifiedOn: string | null;
}

export interface PlannedUnitYear {
  entries: PlannedEntry[];
  reports: { month: string; commented: boolean }[];
  inspections: { quarter: number; inspectedOn: string; findings: PlannedFinding[] }[];
  appraisal: { excellent: number; good: number; fair: number; poor: number } | null;
}

const MONTHS_PER: Record<string, number> = { monthly: 1, quarterly: 3, half_year: 6 };
const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
/** A working-looking day in month m (0-based) of year y. */
const dayIn = (rng: Rng, y: number, m: number) => iso(y, m, rng.int(3, 26));
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function planUnitYear(v: {
  rng: Rng;
  zeal: number;
  year: number;
  /** Today as YYYY-MM-DD: nothing is planned after it. */
  today: string;
  items: readonly DemoItem[];
  evidence: (itemIndex: number) => string;
}): PlannedUnitYear {
  const { rng, zeal, year, today } = v;
  const entries: PlannedEntry[] = [];
  const add = (itemId: number, index: number, completedOn: string, quantity: number | null = null) => {
    if (completedOn < today) entries.push({ itemId, completedOn, evidence: v.evidence(index), quantity });
  };
  for (const [index, item] of v.items.entries()) {
    if (item.targetValue !== null) {
      // Counted by the platform from records: nothing to register by hand.
      if (item.measure !== 'manual') continue;
      const goal = item.targetValue * (0.5 + zeal * 0.7);
      let sum = 0;
      while (sum < goal) {
        const q = Math.max(1, Math.round(item.targetValue / rng.int(3, 6)));
        add(item.id, index, dayIn(rng, year, rng.int(0, 11)), q);
        sum += q;
      }
      continue;
    }
    const months = item.cadence ? MONTHS_PER[item.cadence] : undefined;
    if (months) {
      for (let m = 0; m < 12; m += months)
        if (rng.chance(zeal)) add(item.id, index, dayIn(rng, year, m + rng.int(0, months - 1)));
    } else if (rng.chance(zeal)) {
      const last = item.deadline ? Number(item.deadline.slice(5, 7)) - 1 : 11;
      add(item.id, index, dayIn(rng, year, rng.int(0, last)));
    }
  }

  const reports: PlannedUnitYear['reports'] = [];
  for (let m = 0; m < 12; m++) {
    const month = `${year}-${String(m + 1).padStart(2, '0')}`;
    // A month's report is due once the month is over.
    if (iso(year, m + 1, 1) > today) break;
    if (rng.chance(0.55 + zeal * 0.4)) reports.push({ month, commented: rng.chance(0.8) });
  }

  const inspections: PlannedUnitYear['inspections'] = [];
  for (let q = 1; q <= 4; q++) {
    const inspectedOn = iso(year, q * 3, rng.int(5, 15));
    if (inspectedOn >= today) break;
    const findings: PlannedFinding[] = [];
    for (const item of v.items) {
      const done = entries.some((e) => e.itemId === item.id && e.completedOn <= inspectedOn);
      const finding: PlannedFinding['finding'] = done
        ? rng.chance(0.85)
          ? 'done'
          : 'partly'
        : rng.chance(0.5)
          ? 'partly'
          : 'not_done';
      const rectify = finding !== 'done' && rng.chance(0.6);
      const rectifyDue = rectify ? addDays(inspectedOn, 30) : null;
      const rectifiedOn = rectifyDue && rng.chance(0.7) ? addDays(inspectedOn, rng.int(7, 40)) : null;
      findings.push({
        itemId: item.id,
        finding,
        note:
          finding === 'done'
            ? null
            : finding === 'partly'
              ? '资料不够完整，部分环节缺少纪实'
              : '本季度未见开展，需限期整改',
        rectifyDue,
        rectifiedOn: rectifiedOn && rectifiedOn < today ? rectifiedOn : null,
      });
    }
    inspections.push({ quarter: q, inspectedOn, findings });
  }

  const yearOver = `${year}-12-31` < today;
  const ballots = rng.int(12, 30);
  const excellent = Math.round(ballots * (0.3 + zeal * 0.5));
  const good = Math.round((ballots - excellent) * 0.7);
  const fair = ballots - excellent - good > 0 ? ballots - excellent - good - (rng.chance(0.3) ? 1 : 0) : 0;
  const poor = ballots - excellent - good - fair;
  return { entries, reports, inspections, appraisal: yearOver ? { excellent, good, fair, poor } : null };
}
