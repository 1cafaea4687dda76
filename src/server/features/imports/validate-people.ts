import { idNumberProblem, normalizeIdNumber } from '../../../contracts/id-number.ts';
import { PHONE_PATTERN } from '../../../contracts/people.ts';
import { personRuleProblems, todayInChina } from '../../../contracts/person-rules.ts';
import type {
  CadreGrade,
  EmploymentStatus,
  Gender,
  PartyRelation,
  PartyStatus,
} from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { pathInScope } from '../../platform/scope.ts';
import { enumChoices, type Field, RowReader } from './fields.ts';
import { orgRefs, peopleByNumber, type StoredPerson, unitRefs } from './lookups.ts';
import { keepIfSame, type PersonalCell, type PersonValues, samePerson } from './person-values.ts';
import { firstOfKey, type Problems } from './problems.ts';
import type { ImportSheet } from './read-sheet.ts';

const CHOICES = {
  gender: enumChoices('gender'),
  cadreGrade: enumChoices('cadreGrade'),
  employmentStatus: enumChoices('employmentStatus'),
  partyStatus: enumChoices('partyStatus'),
  partyRelation: enumChoices('partyRelation'),
};

const EMPLOYEE_NO = /^[A-Za-z0-9-]{1,32}$/;

/** The fields of a row as read; `undefined` where the file has no column. */
interface ParsedPerson {
  row: number;
  employeeNo: string;
  name: Field<string>;
  gender: Field<Gender>;
  unitCode: Field<string>;
  position: Field<string>;
  cadreGrade: Field<CadreGrade>;
  employmentStatus: Field<EmploymentStatus>;
  hiredOn: Field<string>;
  leftOn: Field<string>;
  partyStatus: Field<PartyStatus>;
  joinedPartyOn: Field<string>;
  fullMemberOn: Field<string>;
  partyOrgCode: Field<string>;
  partyRelation: Field<PartyRelation>;
  externalOrgName: Field<string>;
  phone: Field<string>;
  idNumber: Field<string>;
}

export interface PeoplePlan {
  inserts: PersonValues[];
  updates: { stored: StoredPerson; values: PersonValues }[];
  unchanged: number;
}

function parseRows(sheet: ImportSheet, problems: Problems): ParsedPerson[] {
  const r = new RowReader(sheet, problems);
  const first = new Map<string, number>();
  const out: ParsedPerson[] = [];
  for (const row of sheet.rows) {
    r.at(row);
    let employeeNo = r.text('employeeNo', 32);
    if (employeeNo && !EMPLOYEE_NO.test(employeeNo)) {
      problems.add(row.row, 'employeeNo', 'invalid_code', { value: employeeNo });
      employeeNo = null;
    }
    const parsed = {
      row: row.row,
      name: r.text('name', 32),
      gender: r.choice('gender', CHOICES.gender),
      unitCode: r.code('unitCode'),
      position: r.text('position', 64),
      cadreGrade: r.choice('cadreGrade', CHOICES.cadreGrade),
      employmentStatus: r.choice('employmentStatus', CHOICES.employmentStatus),
      hiredOn: r.date('hiredOn'),
      leftOn: r.date('leftOn'),
      partyStatus: r.choice('partyStatus', CHOICES.partyStatus),
      joinedPartyOn: r.date('joinedPartyOn'),
      fullMemberOn: r.date('fullMemberOn'),
      partyOrgCode: r.code('partyOrgCode'),
      partyRelation: r.choice('partyRelation', CHOICES.partyRelation),
      externalOrgName: r.text('externalOrgName', 64),
      phone: r.text('phone', 32),
      idNumber: r.text('idNumber', 32),
    };
    if (!employeeNo) continue;
    if (!firstOfKey(first, problems, row.row, 'employeeNo', employeeNo)) continue;
    out.push({ ...parsed, employeeNo });
  }
  return out;
}

/**
 * Checks a people sheet (references inside the scope, phone and ID number, the
 * same cross-field rules as the API on the record as the file leaves it) and
 * plans inserts and updates by employee number.
 */
export async function validatePeople(
  db: Db,
  ctx: ServiceContext,
  sheet: ImportSheet,
  problems: Problems,
): Promise<PeoplePlan> {
  const rows = parseRows(sheet, problems);
  const stored = await peopleByNumber(
    db,
    rows.map((p) => p.employeeNo),
  );
  const unitsByCode = await unitRefs(
    db,
    rows.flatMap((p) => (p.unitCode ? [p.unitCode] : [])),
  );
  const orgsByCode = await orgRefs(
    db,
    rows.flatMap((p) => (p.partyOrgCode ? [p.partyOrgCode] : [])),
  );
  const scope = ctx.actor.scopePaths;
  const today = todayInChina();
  const plan: PeoplePlan = { inserts: [], updates: [], unchanged: 0 };
  for (const p of rows) {
    const existing = stored.get(p.employeeNo) ?? null;
    if (existing && !pathInScope(existing.unitPath, scope)) {
      problems.add(p.row, 'employeeNo', 'taken_outside_scope', { value: p.employeeNo });
    }
    const unit = p.unitCode ? unitsByCode.get(p.unitCode) : undefined;
    if (p.unitCode && (!unit || !pathInScope(unit.path, scope))) {
      problems.add(p.row, 'unitCode', 'unknown_ref', { value: p.unitCode });
    }
    const org = p.partyOrgCode ? orgsByCode.get(p.partyOrgCode) : undefined;
    if (p.partyOrgCode && (!org || !pathInScope(org.unitPath, scope))) {
      problems.add(p.row, 'partyOrgCode', 'unknown_ref', { value: p.partyOrgCode });
    }
    const phone = keepIfSame(ctx.cipher, personal(p, 'phone', existing, problems), existing, 'phone');
    const idNumber = keepIfSame(ctx.cipher, personal(p, 'idNumber', existing, problems), existing, 'idNumber');
    const keep = <T>(v: Field<T>, old: T | null | undefined): T | null => (v === undefined ? (old ?? null) : v);
    const values: PersonValues = {
      employeeNo: p.employeeNo,
      name: p.name!,
      gender: p.gender!,
      unitId: unit?.id ?? 0,
      unitPath: unit?.path ?? '',
      position: keep(p.position, existing?.position),
      cadreGrade: p.cadreGrade!,
      employmentStatus: p.employmentStatus!,
      hiredOn: keep(p.hiredOn, existing?.hiredOn),
      leftOn: keep(p.leftOn, existing?.leftOn),
      partyStatus: p.partyStatus!,
      joinedPartyOn: keep(p.joinedPartyOn, existing?.joinedPartyOn),
      fullMemberOn: keep(p.fullMemberOn, existing?.fullMemberOn),
      partyOrgId: p.partyOrgCode === undefined ? (existing?.partyOrgId ?? null) : (org?.id ?? null),
      partyRelation: keep(p.partyRelation, existing?.partyRelation as PartyRelation | null | undefined),
      externalOrgName: keep(p.externalOrgName, existing?.externalOrgName),
      phone,
      idNumber,
    };
    if (values.partyStatus && values.employmentStatus) {
      const facts = { ...values, hasPartyOrg: values.partyOrgId !== null || Boolean(p.partyOrgCode) };
      for (const rule of personRuleProblems(facts, today)) {
        const key = rule.field === 'partyOrgId' ? 'partyOrgCode' : rule.field;
        problems.addRule(p.row, key, rule.reason, rule.message);
      }
    }
    if (problems.hasRow(p.row)) continue;
    if (!existing) plan.inserts.push(values);
    else if (samePerson(existing, values)) plan.unchanged++;
    else plan.updates.push({ stored: existing, values });
  }
  return plan;
}

/**
 * Phone or ID number as the file leaves it: blank clears it, an absent column
 * or the stored masked form (a re-imported export) keeps it, anything else must
 * be a valid value.
 */
function personal(
  p: ParsedPerson,
  key: 'phone' | 'idNumber',
  existing: StoredPerson | null,
  problems: Problems,
): PersonalCell {
  const v = p[key];
  if (v === undefined) return { keep: true };
  if (v === null) return { value: null };
  if (v.includes('*')) {
    const masked = key === 'phone' ? existing?.phoneMasked : existing?.idNumberMasked;
    if (masked && masked === v) return { keep: true };
    problems.add(p.row, key, 'masked_value', { value: v });
    return { value: null };
  }
  if (key === 'phone') {
    if (!PHONE_PATTERN.test(v)) problems.add(p.row, key, 'invalid_format', { value: v });
    return { value: v };
  }
  const problem = idNumberProblem(v);
  if (problem) problems.add(p.row, key, `id_number_${problem}`);
  return { value: normalizeIdNumber(v) };
}
