import { defaultTermEnd, type PartyOrgKind } from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { pathInScope } from '../../platform/scope.ts';
import {
  COMMITTEE_COLUMNS,
  type CommitteeCells,
  type CommitteeChange,
  committeeChange,
  listedSeats,
  type Seat,
} from './committee-plan.ts';
import { cycleMembers } from './cycles.ts';
import { enumChoices, type Field, RowReader } from './fields.ts';
import { unitRefs } from './lookups.ts';
import { orgAncestry, orgsByCode, personRefs, type StoredOrg, sittingSeats } from './org-lookups.ts';
import { firstOfKey, type Problems } from './problems.ts';
import type { ImportSheet } from './read-sheet.ts';

const KINDS = enumChoices('partyOrgKind');

interface ParsedOrg {
  row: number;
  code: string;
  name: Field<string>;
  kind: Field<PartyOrgKind>;
  unitCode: Field<string>;
  parentCode: Field<string>;
  parentInvalid: boolean;
  termStart: Field<string>;
  termEnd: Field<string>;
  foundedOn: Field<string>;
  dissolvedOn: Field<string>;
  committee: CommitteeCells;
}

/** A party org as the file leaves it. */
export interface OrgValues {
  code: string;
  name: string;
  kind: PartyOrgKind;
  unitId: number;
  parentCode: string | null;
  termStart: string | null;
  termEnd: string | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
}

export interface PartyOrgsPlan {
  inserts: { values: OrgValues; seats: Seat[] }[];
  updates: { stored: StoredOrg; values: OrgValues; committee: CommitteeChange }[];
  unchanged: number;
}

function parseRows(sheet: ImportSheet, problems: Problems): ParsedOrg[] {
  const r = new RowReader(sheet, problems);
  const first = new Map<string, number>();
  const out: ParsedOrg[] = [];
  for (const row of sheet.rows) {
    r.at(row);
    const code = r.code('code');
    const committee: CommitteeCells = new Map();
    for (const col of COMMITTEE_COLUMNS) if (r.has(col.key)) committee.set(col.key, r.codes(col.key));
    const parentCode = r.code('parentCode');
    const parsed = {
      row: row.row,
      name: r.text('name', 64),
      kind: r.choice('kind', KINDS),
      unitCode: r.code('unitCode'),
      parentCode,
      parentInvalid: parentCode === null && Boolean(r.raw('parentCode')),
      termStart: r.date('termStart'),
      termEnd: r.date('termEnd'),
      foundedOn: r.date('foundedOn'),
      dissolvedOn: r.date('dissolvedOn'),
      committee,
    };
    if (!code) continue;
    if (!firstOfKey(first, problems, row.row, 'code', code)) continue;
    out.push({ ...parsed, code });
  }
  return out;
}

/**
 * Checks a party org sheet (unit, parent org and committee references inside
 * the scope, no cycles, coherent dates) and plans inserts, updates and the
 * committee changes: the file's secretary, deputy and members are the sitting
 * committee.
 */
export async function validatePartyOrgs(
  db: Db,
  ctx: ServiceContext,
  sheet: ImportSheet,
  problems: Problems,
): Promise<PartyOrgsPlan> {
  const rows = parseRows(sheet, problems);
  const inFile = new Map(rows.map((p) => [p.code, p]));
  const referenced = [...rows.map((p) => p.code), ...rows.flatMap((p) => (p.parentCode ? [p.parentCode] : []))];
  // One after the other: inside a transaction they share one connection anyway.
  const stored = await orgsByCode(db, referenced);
  const ancestry = await orgAncestry(db, referenced);
  const unitsByCode = await unitRefs(
    db,
    rows.flatMap((p) => (p.unitCode ? [p.unitCode] : [])),
  );
  const refs = await personRefs(
    db,
    rows.flatMap((p) => [...p.committee.values()].flatMap((v) => v ?? [])),
  );
  const seats = await sittingSeats(
    db,
    rows.flatMap((p) => stored.get(p.code)?.id ?? []),
  );
  const scope = ctx.actor.scopePaths;
  const fileParent = new Map<string, string | null>();
  for (const p of rows) {
    const existing = stored.get(p.code);
    if (existing && !pathInScope(existing.unitPath, scope)) {
      problems.add(p.row, 'code', 'taken_outside_scope', { value: p.code });
    }
    fileParent.set(p.code, resolveParent(p, existing, stored, inFile, scope, problems));
  }
  const up = (code: string) => (fileParent.has(code) ? (fileParent.get(code) ?? null) : (ancestry.get(code) ?? null));
  for (const code of cycleMembers(fileParent.keys(), up)) {
    const p = inFile.get(code);
    if (p) problems.add(p.row, 'parentCode', 'cycle', { value: fileParent.get(code) ?? '' });
  }

  const plan: PartyOrgsPlan = { inserts: [], updates: [], unchanged: 0 };
  for (const p of rows) {
    const existing = stored.get(p.code);
    const unit = p.unitCode ? unitsByCode.get(p.unitCode) : undefined;
    if (p.unitCode && (!unit || !pathInScope(unit.path, scope))) {
      problems.add(p.row, 'unitCode', 'unknown_ref', { value: p.unitCode });
    }
    const dates = resolveDates(p, existing, problems);
    const listed = listedSeats(p.row, p.committee, refs, scope, problems);
    if (problems.hasRow(p.row)) continue;
    const values: OrgValues = {
      code: p.code,
      name: p.name!,
      kind: p.kind!,
      unitId: unit!.id,
      parentCode: fileParent.get(p.code) ?? null,
      ...dates,
    };
    if (!existing) {
      plan.inserts.push({ values, seats: listed ?? [] });
      continue;
    }
    const mine = seats.filter((s) => s.partyOrgId === existing.id);
    const committee = listed ? committeeChange(listed, mine, p.committee) : { end: [], start: [] };
    const same =
      values.name === existing.name &&
      values.kind === existing.kind &&
      values.unitId === existing.unitId &&
      values.parentCode === existing.parentCode &&
      values.termStart === existing.termStart &&
      values.termEnd === existing.termEnd &&
      values.foundedOn === existing.foundedOn &&
      values.dissolvedOn === existing.dissolvedOn &&
      committee.end.length === 0 &&
      committee.start.length === 0;
    if (same) plan.unchanged++;
    else plan.updates.push({ stored: existing, values, committee });
  }
  return plan;
}

/** The parent org: blank is none, an absent column keeps the stored one; a new one must be in scope. */
function resolveParent(
  p: ParsedOrg,
  existing: StoredOrg | undefined,
  stored: ReadonlyMap<string, StoredOrg>,
  inFile: ReadonlyMap<string, ParsedOrg>,
  scope: readonly string[],
  problems: Problems,
): string | null {
  const given = p.parentCode;
  if (given === undefined) return existing?.parentCode ?? null;
  if (given === null) return null;
  if (given === p.code) {
    problems.add(p.row, 'parentCode', 'cycle', { value: given });
    return null;
  }
  if (given === existing?.parentCode || inFile.has(given)) return given;
  const parent = stored.get(given);
  if (parent && pathInScope(parent.unitPath, scope)) return given;
  problems.add(p.row, 'parentCode', 'unknown_ref', { value: given });
  return null;
}

/**
 * Term, founding and dissolution dates as the file leaves them. As in the API,
 * a term start without an end gets the kind's term length; absent columns keep
 * the stored values.
 */
function resolveDates(p: ParsedOrg, existing: StoredOrg | undefined, problems: Problems) {
  const keep = <K extends 'termStart' | 'termEnd' | 'foundedOn' | 'dissolvedOn'>(k: K) =>
    p[k] === undefined ? (existing?.[k] ?? null) : p[k];
  const termStart = keep('termStart');
  let termEnd = keep('termEnd');
  if (!p.termEnd && !(p.termEnd === undefined && p.termStart === undefined) && p.kind) {
    termEnd = termStart ? defaultTermEnd(p.kind, termStart) : null;
  }
  const foundedOn = keep('foundedOn');
  const dissolvedOn = keep('dissolvedOn');
  if (termStart && termEnd && termEnd < termStart) problems.add(p.row, 'termEnd', 'before_start');
  if (foundedOn && dissolvedOn && dissolvedOn < foundedOn) problems.add(p.row, 'dissolvedOn', 'before_founded');
  return { termStart, termEnd, foundedOn, dissolvedOn };
}
