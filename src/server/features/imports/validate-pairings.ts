import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { pathInScope } from '../../platform/scope.ts';
import { holderProblem, orgTargetProblem, periodsOverlap, unitTargetProblem } from '../pairings/targets.ts';
import { type Field, RowReader } from './fields.ts';
import { orgsByCode, personRefs } from './org-lookups.ts';
import { allSchemes, pairingsOf, type SchemeRef, type StoredPairing, unitTargets } from './pairing-lookups.ts';
import type { Problems } from './problems.ts';
import type { ImportSheet } from './read-sheet.ts';

/** A row as read: the cells the natural key needs, and the optional end date and note. */
interface ParsedPairing {
  row: number;
  scheme: Field<string>;
  employeeNo: Field<string>;
  targetCode: Field<string>;
  startsOn: Field<string>;
  endsOn: Field<string>;
  note: Field<string>;
}

export interface PairingValues {
  schemeId: number;
  personId: number;
  targetUnitId: number | null;
  targetPartyOrgId: number | null;
  scopeUnitId: number;
  startsOn: string;
  endsOn: string | null;
  note: string | null;
}

export interface PairingsPlan {
  inserts: PairingValues[];
  updates: { stored: StoredPairing; values: PairingValues }[];
  unchanged: number;
}

/** A row whose scheme, holder and target were found inside the scope. */
interface Resolved {
  row: number;
  scheme: SchemeRef;
  targetCode: string;
  /** The target's own facts, checked against the scheme when the row makes a new pairing. */
  fit: 'wrong_kind' | 'not_blank' | null;
  holderActive: boolean;
  employeeNo: string;
  endsOnGiven: boolean;
  noteGiven: boolean;
  values: PairingValues;
}

/** Scheme, holder and target: the pairing's identity (with its start date, its natural key). */
const keyOf = (v: Pick<PairingValues, 'schemeId' | 'personId' | 'targetUnitId' | 'targetPartyOrgId'>) =>
  `${v.schemeId}:${v.personId}:${v.targetUnitId ?? ''}:${v.targetPartyOrgId ?? ''}`;

function parseRows(sheet: ImportSheet, problems: Problems): ParsedPairing[] {
  const r = new RowReader(sheet, problems);
  return sheet.rows.map((row) => {
    r.at(row);
    const parsed = {
      row: row.row,
      scheme: r.text('scheme', 64),
      employeeNo: r.code('employeeNo'),
      targetCode: r.code('targetCode'),
      startsOn: r.date('startsOn'),
      endsOn: r.date('endsOn'),
      note: r.text('note', 200),
    };
    if (parsed.startsOn && parsed.endsOn && parsed.endsOn < parsed.startsOn) {
      problems.add(row.row, 'endsOn', 'ends_before_start');
    }
    return parsed;
  });
}

/** Schemes as people type them: by code, or by name when no other scheme has it. */
function schemeFinder(schemes: SchemeRef[]): (text: string) => SchemeRef | 'ambiguous' | undefined {
  const byCode = new Map(schemes.map((s) => [s.code, s]));
  const byName = new Map<string, SchemeRef[]>();
  for (const s of schemes) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  return (text) => {
    const named = byName.get(text) ?? [];
    return byCode.get(text) ?? (named.length > 1 ? 'ambiguous' : named[0]);
  };
}

/**
 * Checks a pairings sheet with the rules of the pairing service: scheme found
 * (and active for a new pairing), holder and target inside the caller's scope
 * (outside reads as not found), the target of the scheme's kinds (a blank outlet
 * for party representatives), the holder active staff, and no two pairings of the
 * same scheme, holder and target overlapping in time, in the file or stored.
 * A row naming a stored pairing (same scheme, holder, target and start) updates
 * its end date and note, or leaves it unchanged, so an export imports back.
 */
export async function validatePairings(
  db: Db,
  ctx: ServiceContext,
  sheet: ImportSheet,
  problems: Problems,
): Promise<PairingsPlan> {
  const rows = parseRows(sheet, problems);
  const findScheme = schemeFinder(await allSchemes(db));
  const schemeOf = new Map<number, SchemeRef>();
  const codes = { unit: [] as string[], party_org: [] as string[] };
  for (const p of rows) {
    if (!p.scheme) continue;
    const scheme = findScheme(p.scheme);
    if (scheme === undefined) problems.add(p.row, 'scheme', 'unknown_scheme', { value: p.scheme });
    else if (scheme === 'ambiguous') problems.add(p.row, 'scheme', 'ambiguous_scheme', { value: p.scheme });
    else {
      schemeOf.set(p.row, scheme);
      if (p.targetCode) (scheme.targetType === 'party_org' ? codes.party_org : codes.unit).push(p.targetCode);
    }
  }
  const holders = await personRefs(
    db,
    rows.flatMap((p) => (p.employeeNo ? [p.employeeNo] : [])),
  );
  const unitsByCode = await unitTargets(db, codes.unit);
  const orgs = await orgsByCode(db, codes.party_org);
  const scope = ctx.actor.scopePaths;

  const resolved: Resolved[] = [];
  for (const p of rows) {
    const holder = p.employeeNo ? holders.get(p.employeeNo) : undefined;
    if (p.employeeNo && (!holder || !pathInScope(holder.unitPath, scope))) {
      problems.add(p.row, 'employeeNo', 'unknown_ref', { value: p.employeeNo });
    }
    const scheme = schemeOf.get(p.row);
    if (!scheme || !p.targetCode) continue;
    let target: Pick<Resolved, 'fit'> & Pick<PairingValues, 'targetUnitId' | 'targetPartyOrgId' | 'scopeUnitId'>;
    if (scheme.targetType === 'party_org') {
      const org = orgs.get(p.targetCode);
      if (!org || !pathInScope(org.unitPath, scope)) {
        problems.add(p.row, 'targetCode', 'unknown_ref', { value: p.targetCode });
        continue;
      }
      target = {
        targetUnitId: null,
        targetPartyOrgId: org.id,
        scopeUnitId: org.unitId,
        fit: orgTargetProblem(scheme, org),
      };
    } else {
      const unit = unitsByCode.get(p.targetCode);
      if (!unit || !pathInScope(unit.path, scope)) {
        problems.add(p.row, 'targetCode', 'unknown_ref', { value: p.targetCode });
        continue;
      }
      target = {
        targetUnitId: unit.id,
        targetPartyOrgId: null,
        scopeUnitId: unit.id,
        fit: unitTargetProblem(scheme, unit),
      };
    }
    if (problems.hasRow(p.row) || !holder || !p.startsOn) continue;
    resolved.push({
      row: p.row,
      scheme,
      targetCode: p.targetCode,
      fit: target.fit,
      holderActive: holderProblem(holder) === null,
      employeeNo: holder.employeeNo,
      endsOnGiven: p.endsOn !== undefined,
      noteGiven: p.note !== undefined,
      values: {
        schemeId: scheme.id,
        personId: holder.id,
        targetUnitId: target.targetUnitId,
        targetPartyOrgId: target.targetPartyOrgId,
        scopeUnitId: target.scopeUnitId,
        startsOn: p.startsOn,
        endsOn: p.endsOn ?? null,
        note: p.note ?? null,
      },
    });
  }
  return plan(await pairingsOf(db, [...new Set(resolved.map((r) => r.values.personId))]), resolved, problems);
}

/** Matches rows with stored pairings, checks overlaps and the rules of new pairings, and plans the writes. */
function plan(storedList: StoredPairing[], resolved: Resolved[], problems: Problems): PairingsPlan {
  const stored = new Map<string, StoredPairing[]>();
  for (const s of storedList) {
    const key = keyOf(s);
    stored.set(key, [...(stored.get(key) ?? []), s]);
  }
  const matchOf = (r: Resolved) => stored.get(keyOf(r.values))?.find((s) => s.startsOn === r.values.startsOn);
  // Stored pairings a row names are judged with the row's dates, not their stored ones.
  const named = new Set(resolved.flatMap((r) => matchOf(r)?.id ?? []));
  const earlier = new Map<string, Resolved[]>();
  const out: PairingsPlan = { inserts: [], updates: [], unchanged: 0 };
  for (const r of resolved) {
    const key = keyOf(r.values);
    const match = matchOf(r);
    const values = {
      ...r.values,
      endsOn: r.endsOnGiven ? r.values.endsOn : (match?.endsOn ?? null),
      note: r.noteGiven ? r.values.note : (match?.note ?? null),
    };
    const before = earlier.get(key) ?? [];
    const twin = before.find((e) => periodsOverlap(e.values, values));
    earlier.set(key, [...before, { ...r, values }]);
    if (twin) {
      problems.add(r.row, 'targetCode', 'overlaps_in_file', { value: r.targetCode, first: twin.row });
      continue;
    }
    const clash = (stored.get(key) ?? []).find((s) => !named.has(s.id) && periodsOverlap(s, values));
    if (clash) problems.add(r.row, 'targetCode', 'pairing_exists', { value: r.targetCode, since: clash.startsOn });
    if (!match) {
      // A new pairing: the rules of createPairing.
      if (!r.scheme.active) problems.add(r.row, 'scheme', 'inactive_scheme', { value: r.scheme.name });
      if (r.fit === 'wrong_kind') problems.add(r.row, 'targetCode', 'wrong_target_kind', { value: r.targetCode });
      if (r.fit === 'not_blank') problems.add(r.row, 'targetCode', 'not_blank_outlet', { value: r.targetCode });
      if (!r.holderActive) problems.add(r.row, 'employeeNo', 'holder_not_active', { value: r.employeeNo });
    }
    if (problems.hasRow(r.row)) continue;
    if (!match) out.inserts.push(values);
    else if (match.endsOn === values.endsOn && match.note === values.note) out.unchanged++;
    else out.updates.push({ stored: match, values });
  }
  return out;
}
