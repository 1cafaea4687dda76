import { and, eq, sql } from 'drizzle-orm';
import type { Rate } from '../../../contracts/registry.ts';
import type { Db } from '../../db/client.ts';
import { projectCampaigns } from '../../db/schema/projects.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { escapeLike } from '../../platform/scope.ts';
import { scoreTemplate, templateHead } from '../checklists/score-inputs.ts';
import { complianceContext } from '../compliance/context.ts';
import { zonedMidnight } from '../compliance/periods.ts';
import { complianceSummary } from '../compliance/summary.ts';
import { tally } from '../concerns/figures.ts';
import { coverage } from '../pairings/coverage.ts';
import { campaignReachable, campaignsFrom } from '../projects/access.ts';
import { countsOf, proposerFiguresOf } from '../projects/counts.ts';
import { registryRates } from '../registry/blank-outlets.ts';
import { rate } from '../registry/rollup.ts';
import { listSchemes } from '../schemes/service.ts';
import { readCoverage } from '../talks/coverage.ts';
import { readGaps } from '../training/gaps.ts';

/**
 * Where one unit's figures are computed: the unit, the period, the enterprise's today.
 * Every module service is called with `actor` = an actor whose scope is exactly the
 * unit's subtree (unitActor), so a figure depends on the unit and period only, never on
 * who asks (the caller has the unit in scope, so the module page shows the same).
 */
export interface UnitPeriod {
  unit: { id: number; code: string; name: string; kind: string; path: string };
  actor: Actor;
  period: string;
  /** First day and first day after (parsePeriod). */
  start: string;
  end: string;
  lastDay: string;
  year: number;
  today: string;
  timeZone: string;
  now: Date;
}

/** A figure before localization: what the store keeps. */
export interface CoreFigure {
  key: string;
  /** The scheme's name for scheme figures (part of the label). */
  name: string | null;
  better: 'higher' | 'lower';
  rate: Rate | null;
  count: number | null;
  link: string | null;
}

export interface ActiveScheme {
  id: number;
  name: string;
}

/** The active schemes in the schemes list's order (the schemes service, as GET /api/schemes). */
export async function activeSchemes(db: Db): Promise<ActiveScheme[]> {
  return (await listSchemes(db)).filter((x) => x.active).map((x) => ({ id: x.id, name: x.name }));
}

/** An actor whose data scope is the unit's subtree (no person: no pairing reach). */
export function unitActor(base: Actor, unit: { id: number; path: string }): Actor {
  return { ...base, personId: null, scopeUnitIds: [unit.id], scopePaths: [unit.path] };
}

const qs = (o: Record<string, string | number>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

const rateFig = (
  key: string,
  r: Pick<Rate, 'numerator' | 'denominator'>,
  link: string | null,
  name: string | null = null,
): CoreFigure => ({
  key,
  name,
  better: 'higher',
  rate: rate(r.numerator, r.denominator),
  count: null,
  link,
});
const countFig = (key: string, n: number, better: 'higher' | 'lower', link: string | null): CoreFigure => ({
  key,
  name: null,
  better,
  rate: null,
  count: n,
  link,
});

/** Compliance (a scheme's rules, or the party-org track): Σ participated and Σ met over Σ subjects. */
async function complianceFigures(
  db: Db,
  u: UnitPeriod,
  scheme: ActiveScheme | null,
): Promise<[CoreFigure, CoreFigure]> {
  const cctx = await complianceContext(
    db,
    u.actor,
    { ...(scheme ? { schemeId: scheme.id } : {}), unitId: u.unit.id, period: u.period },
    u.now,
  );
  const s = await complianceSummary(db, u.actor, cctx, u.unit.id);
  let subjects = 0;
  let participated = 0;
  let met = 0;
  for (const r of s.rules) {
    subjects += r.subjects;
    participated += r.participation.numerator;
    met += r.met;
  }
  const link = `/compliance?${qs({ ...(scheme ? { schemeId: scheme.id } : {}), unitId: u.unit.id, period: u.period })}`;
  const prefix = scheme ? `scheme:${scheme.id}` : 'branches';
  const name = scheme?.name ?? null;
  return [
    rateFig(`${prefix}:participation`, rate(participated, subjects), link, name),
    rateFig(`${prefix}:completion`, rate(met, subjects), link, name),
  ];
}

/** The day pairings coverage is read on: today, or the period's last day when it is over. */
export function coverageDay(u: Pick<UnitPeriod, 'today' | 'lastDay'>): string {
  return u.today < u.lastDay ? u.today : u.lastDay;
}

async function coverageFigure(db: Db, u: UnitPeriod, scheme: ActiveScheme): Promise<CoreFigure> {
  const c = await coverage(db, u.actor, {
    schemeId: scheme.id,
    unitId: u.unit.id,
    on: coverageDay(u),
    page: 1,
    pageSize: 1,
  });
  return rateFig(
    `scheme:${scheme.id}:coverage`,
    c.rate,
    `/pairings?${qs({ tab: 'coverage', schemeId: scheme.id, unitId: u.unit.id })}`,
    scheme.name,
  );
}

/**
 * Records held in the period under the subtree (occurred_at in the period's local days,
 * the records list's from/to) and their person-times (present_count, the list's personTimes).
 */
export async function recordFigures(db: Db, u: UnitPeriod): Promise<CoreFigure[]> {
  const [row] = rowsOf<{ n: number | string; pt: number | string | null }>(
    // A join, not `unit_id = any(array(…))`: a nation's 96k ids as an array filter every row
    // when the bulk handle (no nested loops) reads it; as a join it is one hash join.
    await db.execute(sql`select count(*) as n, sum(r.present_count) as pt
      from records r join units x on x.id = r.unit_id
      where x.path like ${`${escapeLike(u.unit.path)}%`}
        and r.occurred_at >= ${zonedMidnight(u.start, u.timeZone)} and r.occurred_at < ${zonedMidnight(u.end, u.timeZone)}`),
  );
  const link = `/records?${qs({ unitId: u.unit.id, from: u.start, to: u.lastDay })}`;
  return [
    countFig('records:count', Number(row?.n ?? 0), 'higher', link),
    countFig('records:personTimes', Number(row?.pt ?? 0), 'higher', link),
  ];
}

/** concerns/figures.ts tally over the subtree (the reach cut to the unit), raised in the period. */
async function concernFiguresOf(db: Db, u: UnitPeriod): Promise<CoreFigure[]> {
  const t = await tally(db, {
    paths: [u.unit.path],
    unit: { id: u.unit.id, name: u.unit.name },
    from: u.start,
    to: u.lastDay,
    dimension: 'tier',
    today: u.today,
    timeZone: u.timeZone,
    lang: 'zh-CN',
  });
  const link = (status: string) => `/concerns?${qs({ status, unitId: u.unit.id, from: u.start, to: u.lastDay })}`;
  return [
    countFig('concerns:raised', t.total.raised, 'higher', link('raised')),
    rateFig('concerns:resolved', rate(t.total.resolved, t.total.raised), link('resolved')),
    countFig('concerns:overdue', t.total.overdue, 'lower', link('overdue')),
  ];
}

/**
 * Checklist progress: the board's own figure — cells done (state 'done') over cells
 * (assignments × items), over the templates of the period's year with assignments in
 * the subtree (score-inputs scoreTemplate, cut to the subtree like the board is cut to
 * the caller's scope).
 */
async function checklistFigure(db: Db, u: UnitPeriod): Promise<CoreFigure> {
  const ids = rowsOf<{ id: number | string }>(
    await db.execute(sql`select distinct t.id from checklist_templates t
      join checklist_assignments a on a.template_id = t.id join units x on x.id = a.unit_id
      where t.year = ${u.year} and x.path like ${`${escapeLike(u.unit.path)}%`} order by t.id`),
  ).map((r) => Number(r.id));
  let done = 0;
  let cells = 0;
  for (const id of ids) {
    const s = await scoreTemplate(db, await templateHead(db, id), {
      actor: u.actor,
      today: u.today,
      timeZone: u.timeZone,
    });
    for (const a of s.assignments) {
      cells += a.cells.length;
      done += a.cells.filter((c) => c.state === 'done').length;
    }
  }
  const link = ids.length === 1 ? `/checklists?${qs({ templateId: ids[0]! })}` : '/checklists';
  return rateFig('checklists:progress', rate(done, cells), link);
}

/** Project milestones: done / all of the approved projects of the year's campaigns (projects counts). */
async function projectFigure(db: Db, u: UnitPeriod): Promise<CoreFigure> {
  const campaigns = (
    await campaignsFrom(db).where(and(eq(projectCampaigns.year, u.year), campaignReachable(u.actor)))
  ).map((c) => ({ ...c, kind: c.kind as never, phase: c.phase as never }));
  const figures = await proposerFiguresOf(db, u.actor, campaigns, u.today);
  let done = 0;
  let all = 0;
  for (const rows of figures.values()) {
    const c = countsOf(rows);
    done += c.milestonesDone;
    all += c.milestones;
  }
  return rateFig('projects:milestones', rate(done, all), `/projects?${qs({ year: u.year })}`);
}

async function trainingFigures(db: Db, u: UnitPeriod): Promise<CoreFigure[]> {
  const g = await readGaps(db, u.actor, { year: u.year, unitId: u.unit.id, today: u.today, limit: 0 });
  const link = `/training/gaps?${qs({ unitId: u.unit.id, year: u.year })}`;
  return [
    rateFig('training:hoursMet', g.rates.hoursMet, link),
    rateFig('training:secretariesTrained', g.rates.secretariesTrained, link),
    rateFig('training:newSecretariesTrained', g.rates.newSecretariesTrained, link),
  ];
}

async function talkFigures(db: Db, u: UnitPeriod): Promise<CoreFigure[]> {
  const c = await readCoverage(db, u.actor, { year: u.year, unitId: u.unit.id }, u.today);
  return [
    rateFig('talks:coverage', c.total, `/talks?${qs({ tab: 'coverage', unitId: u.unit.id, year: u.year })}`),
    countFig('talks:overdue', c.dueOverdue, 'lower', `/talks?${qs({ tab: 'due', unitId: u.unit.id })}`),
  ];
}

async function registryFigure(db: Db, u: UnitPeriod): Promise<CoreFigure> {
  const r = await registryRates(db, u.actor, u.unit.id);
  return countFig('registry:blankOutlets', r.blankOutlets.numerator, 'lower', `/coverage?${qs({ unitId: u.unit.id })}`);
}

/** Every figure of the unit, in the order the cockpit shows them. */
export async function allFigures(db: Db, u: UnitPeriod, active: ActiveScheme[]): Promise<CoreFigure[]> {
  const out: CoreFigure[] = [];
  for (const s of active) {
    out.push(await coverageFigure(db, u, s));
    out.push(...(await complianceFigures(db, u, s)));
  }
  out.push(...(await complianceFigures(db, u, null)));
  out.push(...(await recordFigures(db, u)));
  out.push(...(await concernFiguresOf(db, u)));
  out.push(await checklistFigure(db, u));
  out.push(await projectFigure(db, u));
  out.push(...(await trainingFigures(db, u)));
  out.push(...(await talkFigures(db, u)));
  out.push(await registryFigure(db, u));
  return out;
}

/** One figure of the unit (the children's comparison): only the module it comes from is asked. */
export async function oneFigure(
  db: Db,
  u: UnitPeriod,
  key: string,
  active: ActiveScheme[],
): Promise<CoreFigure | null> {
  const [head, id, what] = key.split(':');
  const pick = (xs: CoreFigure[]) => xs.find((f) => f.key === key) ?? null;
  if (head === 'scheme') {
    const s = active.find((x) => String(x.id) === id);
    if (!s) return null;
    if (what === 'coverage') return coverageFigure(db, u, s);
    return pick(await complianceFigures(db, u, s));
  }
  switch (head) {
    case 'branches':
      return pick(await complianceFigures(db, u, null));
    case 'records':
      return pick(await recordFigures(db, u));
    case 'concerns':
      return pick(await concernFiguresOf(db, u));
    case 'checklists':
      return key === 'checklists:progress' ? checklistFigure(db, u) : null;
    case 'projects':
      return key === 'projects:milestones' ? projectFigure(db, u) : null;
    case 'training':
      return pick(await trainingFigures(db, u));
    case 'talks':
      return pick(await talkFigures(db, u));
    case 'registry':
      return key === 'registry:blankOutlets' ? registryFigure(db, u) : null;
    default:
      return null;
  }
}
