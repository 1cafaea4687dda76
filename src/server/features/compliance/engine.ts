import { type SQL, sql } from 'drizzle-orm';
import { type ComplianceStatus, type RuleSubject, STANDARD_ITEMS } from '../../../contracts/actions.ts';
import { arrayParam } from '../../db/sql.ts';
import { underPaths } from '../../platform/scope.ts';
import type { Evaluation, Track } from './rules-in-effect.ts';

/**
 * The compliance engine: one SQL statement that judges every subject of a
 * track against every rule period, from the records alone.
 *
 *   ev          the (rule version, period) pairs to judge, from evaluationsFor()
 *   links       each subject and what its records are attached to (a pairing, or
 *               a party org and, for a secretary, the presenter)
 *   hits        records per subject, rule and period, counted in the enterprise's
 *               time zone: [period start 00:00, next period start 00:00) local time
 *   base        subject × rule period where the subject was active
 *   tallies     base and hits brought together by grouping (see the comment there)
 *   cells       each of those with its status
 *   evaluation  subject × rule: required, done, status, participation, person-times
 *
 * Status of a period: not started → not_yet_due; enough qualifying records →
 * met; ended → overdue; else due. Over several periods: any overdue → overdue,
 * else any due → due, else all not started → not_yet_due, else met.
 */
/** One row of the `evaluation` CTE as selected by the matrix, the overdue list and the to-do. */
export interface EvaluationRow {
  subject_type: RuleSubject;
  subject_id: number;
  rule_id: number;
  required: number;
  done: number;
  status: ComplianceStatus;
}

export interface EngineInput {
  track: Track;
  evaluations: Evaluation[];
  timeZone: string;
  /** Today's local date: decides due / overdue / not yet due. */
  today: string;
  /** Subtrees the subjects lie in (by the unit of the pairing's target or of the org). */
  paths: string[];
  /** Restrict to these pairings / party orgs (a person's to-do). */
  onlyPairingIds?: number[];
  onlyOrgIds?: number[];
}

const itemsComplete = sql.raw(
  STANDARD_ITEMS.map((k) => `coalesce((r.standard_items->'${k}'->>'done')::boolean, false)`).join(' and '),
);

/** The pairs to judge, each with its bounds as instants: midnights in the enterprise's time zone. */
function evRows(input: EngineInput): SQL {
  const e = input.evaluations;
  return sql`select t.*, (t.ps::timestamp at time zone ${input.timeZone}) as ps_at,
      (t.pe::timestamp at time zone ${input.timeZone}) as pe_at
    from unnest(
    ${arrayParam(e.map((x) => x.rule.id))}::int[],
    ${arrayParam(e.map((x) => x.rule.subject))}::text[],
    ${arrayParam(e.map((x) => x.rule.partyOrgKind))}::text[],
    ${arrayParam(e.map((x) => x.rule.actionKind))}::text[],
    ${arrayParam(e.map((x) => x.rule.minCount))}::int[],
    ${arrayParam(e.map((x) => x.rule.onSiteOnly))}::bool[],
    ${arrayParam(e.map((x) => x.rule.requireStandardItems))}::bool[],
    ${arrayParam(e.map((x) => x.start))}::date[],
    ${arrayParam(e.map((x) => x.end))}::date[]
  ) as t(rule_id, subject, org_kind, kind, minc, on_site, items, ps, pe)`;
}

function window(input: EngineInput): { start: string; end: string } {
  const starts = input.evaluations.map((e) => e.start).sort();
  const ends = input.evaluations.map((e) => e.end).sort();
  return { start: starts[0] ?? '1970-01-01', end: ends.at(-1) ?? '1970-01-01' };
}

/** Subjects and their record attachments, for a scheme's pairings and holders. */
function pairingLinks(schemeId: number, input: EngineInput): SQL {
  const w = window(input);
  const only = input.onlyPairingIds ? sql`and p.id = any(${arrayParam(input.onlyPairingIds)}::int[])` : sql``;
  return sql`
    ps as (
      select p.id, p.person_id, p.starts_on, p.ends_on, u.path as unit_path
      from pairings p join units u on u.id = p.scope_unit_id
      where p.scheme_id = ${schemeId} and ${underPaths(sql`u.path`, input.paths)}
        and p.starts_on < ${w.end}::date and (p.ends_on is null or p.ends_on >= ${w.start}::date) ${only}
    ),
    links as (
      select 'pairing'::text as subject_type, id as subject_id, null::text as org_kind, id as pairing_id,
             null::int as org_id, null::int as presenter_id, starts_on as active_from, ends_on as active_to, unit_path
      from ps
      union all
      select 'holder', person_id, null, id, null, null, starts_on, ends_on, unit_path from ps
    ),
    hits as (
      select l.subject_type, l.subject_id, e.rule_id, e.ps,
             count(*)::int as n_kind,
             (count(*) filter (where (not e.on_site or r.mode = 'on_site') and (not e.items or (${itemsComplete}))))::int as n_ok,
             coalesce(sum(r.present_count), 0)::int as present
      from ev e
      join links l on l.subject_type = e.subject
      join records r on r.pairing_id = l.pairing_id and r.kind = e.kind
        and r.occurred_at >= e.ps_at
        and r.occurred_at < e.pe_at
      group by 1, 2, 3, 4
    )`;
}

/** Subjects and their record attachments, for party orgs and their secretaries. */
function orgLinks(input: EngineInput): SQL {
  const w = window(input);
  const only = input.onlyOrgIds ? sql`and o.id = any(${arrayParam(input.onlyOrgIds)}::int[])` : sql``;
  return sql`
    os as (
      select o.id, o.kind, o.founded_on, o.dissolved_on, u.path as unit_path,
        (select c.person_id from party_org_committee c
          where c.party_org_id = o.id and c.role = 'secretary' and c.started_on < ${w.end}::date
            and (c.ended_on is null or c.ended_on >= ${w.end}::date)
          order by c.started_on desc limit 1) as secretary_id
      from party_orgs o join units u on u.id = o.unit_id
      where o.kind in (select distinct org_kind from ev) and ${underPaths(sql`u.path`, input.paths)}
        and (o.founded_on is null or o.founded_on < ${w.end}::date)
        and (o.dissolved_on is null or o.dissolved_on > ${w.start}::date) ${only}
    ),
    links as (
      select 'party_org'::text as subject_type, id as subject_id, kind as org_kind, null::int as pairing_id,
             id as org_id, null::int as presenter_id, coalesce(founded_on, '1900-01-01'::date) as active_from,
             dissolved_on - 1 as active_to, unit_path
      from os
      union all
      select 'secretary', id, kind, null, id, secretary_id, coalesce(founded_on, '1900-01-01'::date), dissolved_on - 1, unit_path
      from os where secretary_id is not null
    ),
    -- Each org's records of the window are read once (one index range per org), then
    -- matched to the rule periods; the secretary's subject counts what the secretary presented.
    hits as (
      select e.subject as subject_type, o.id as subject_id, e.rule_id, e.ps,
             count(*)::int as n_kind,
             (count(*) filter (where (not e.on_site or r.mode = 'on_site') and (not e.items or (${itemsComplete}))))::int as n_ok,
             coalesce(sum(r.present_count), 0)::int as present
      from os o
      join records r on r.party_org_id = o.id
        and r.occurred_at >= (${w.start}::timestamp at time zone ${input.timeZone})
        and r.occurred_at < (${w.end}::timestamp at time zone ${input.timeZone})
      join ev e on e.kind = r.kind and e.org_kind = o.kind
        and r.occurred_at >= e.ps_at and r.occurred_at < e.pe_at
        and (e.subject = 'party_org' or (e.subject = 'secretary' and r.presenter_id = o.secretary_id))
      group by 1, 2, 3, 4
    )`;
}

/** The WITH clause that defines `evaluation` (subject × rule). Append a select that reads it. */
export function evaluationCte(input: EngineInput): SQL {
  const links = 'schemeId' in input.track ? pairingLinks(input.track.schemeId, input) : orgLinks(input);
  return sql`
    with ev as (${evRows(input)}),
    ${links},
    subjects as (
      select subject_type, subject_id, min(org_kind) as org_kind, min(unit_path) as unit_path,
             min(active_from) as active_from, max(coalesce(active_to, '9999-12-31'::date)) as active_to
      from links group by 1, 2
    ),
    base as (
      select s.subject_type, s.subject_id, s.unit_path, e.rule_id, e.ps, e.pe, e.minc
      from subjects s
      join ev e on e.subject = s.subject_type and (e.org_kind is null or e.org_kind = s.org_kind)
        and s.active_from < e.pe and s.active_to >= e.ps
    ),
    -- Cells meet their hits by UNION ALL and GROUP BY, not by a join: the planner cannot
    -- estimate these CTEs (it guesses one row) and a nested loop re-reading every hit for
    -- every cell took 24 s for a province's branches. Grouping costs the same whatever the guess.
    tallies as (
      select subject_type, subject_id, rule_id, ps, bool_or(is_cell) as is_cell,
             max(unit_path) as unit_path, max(pe) as pe, max(minc) as minc,
             sum(n_kind)::int as n_kind, sum(n_ok)::int as n_ok, sum(present)::int as present
      from (
        select subject_type, subject_id, rule_id, ps, true as is_cell, unit_path, pe, minc,
               0 as n_kind, 0 as n_ok, 0 as present
        from base
        union all
        select subject_type, subject_id, rule_id, ps, false, null, null, null, n_kind, n_ok, present
        from hits
      ) u
      group by 1, 2, 3, 4
    ),
    cells as (
      select subject_type, subject_id, unit_path, rule_id, ps, pe, minc, n_kind, n_ok, present,
             case when ps > ${input.today}::date then 'not_yet_due'
                  when n_ok >= minc then 'met'
                  when pe <= ${input.today}::date then 'overdue'
                  else 'due' end as st
      from tallies where is_cell
    ),
    evaluation as (
      select subject_type, subject_id, rule_id, min(unit_path) as unit_path,
             sum(minc)::int as required, sum(n_ok)::int as done, sum(n_kind)::int as n_kind,
             sum(present)::int as present, min(ps) as first_start, max(pe) as last_end,
             case when bool_or(st = 'overdue') then 'overdue'
                  when bool_or(st = 'due') then 'due'
                  when bool_and(st = 'not_yet_due') then 'not_yet_due'
                  else 'met' end as status
      from cells group by 1, 2, 3
    )`;
}
