import type { ImportKind } from '../../../contracts/imports.ts';
import type { PartyOrg } from '../../../contracts/party-orgs.ts';
import type { Person } from '../../../contracts/people.ts';
import { ENUM_LABELS } from '../../../contracts/registry-enums.ts';
import { SHEET_NAMES, SHEETS } from '../../../contracts/registry-sheets.ts';
import type { UnitListItem } from '../../../contracts/units.ts';
import type { Vocabulary } from '../../../contracts/vocabulary.ts';
import { type Cell, xlsxStream } from '../../platform/xlsx-export.ts';

/**
 * Registry records as rows of their sheet (contracts/registry-sheets.ts), with
 * Chinese labels for enumerations, so an export can be edited and imported back.
 */
const zh = <E extends keyof typeof ENUM_LABELS>(name: E, code: string | null): string =>
  code === null ? '' : ((ENUM_LABELS[name] as Record<string, { 'zh-CN': string }>)[code]?.['zh-CN'] ?? code);

function ordered(kind: ImportKind, values: Record<string, Cell>): Cell[] {
  return SHEETS[kind].map((c) => values[c.key] ?? null);
}

export function personRow(p: Person): Cell[] {
  return ordered('people', {
    employeeNo: p.employeeNo,
    name: p.name,
    gender: zh('gender', p.gender),
    unitCode: p.unit.code,
    unitName: p.unit.name,
    position: p.position,
    cadreGrade: zh('cadreGrade', p.cadreGrade),
    employmentStatus: zh('employmentStatus', p.employmentStatus),
    hiredOn: p.hiredOn,
    leftOn: p.leftOn,
    partyStatus: zh('partyStatus', p.partyStatus),
    joinedPartyOn: p.joinedPartyOn,
    fullMemberOn: p.fullMemberOn,
    partyOrgCode: p.partyOrg?.code ?? null,
    partyOrgName: p.partyOrg?.name ?? null,
    partyRelation: zh('partyRelation', p.partyRelation),
    externalOrgName: p.externalOrgName,
    phone: p.phone,
    idNumber: p.idNumber,
  });
}

export function partyOrgRow(
  o: PartyOrg,
  committee: { secretaryNo?: string; deputyNo?: string; memberNos?: string },
): Cell[] {
  return ordered('party_orgs', {
    code: o.code,
    name: o.name,
    kind: zh('partyOrgKind', o.kind),
    unitCode: o.unit.code,
    unitName: o.unit.name,
    parentCode: o.parent?.code ?? null,
    termStart: o.termStart,
    termEnd: o.termEnd,
    foundedOn: o.foundedOn,
    dissolvedOn: o.dissolvedOn,
    ...committee,
  });
}

export function unitRow(u: UnitListItem & { parentCode: string | null }, vocabulary: Vocabulary): Cell[] {
  return ordered('units', {
    code: u.code,
    name: u.name,
    kind: vocabulary.names[u.kind],
    parentCode: u.parentCode,
    parentName: u.ancestors.at(-1)?.name ?? null,
    sortOrder: u.sortOrder,
    active: u.active ? '启用' : '停用',
  });
}

/** A registry sheet as a streamed workbook. */
export function registryXlsx(kind: ImportKind, batches: AsyncIterable<Cell[][]>) {
  return xlsxStream(
    SHEET_NAMES[kind],
    SHEETS[kind].map((c) => ({ header: c.header, width: c.width })),
    batches,
  );
}
