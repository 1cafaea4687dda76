import type {
  CadreGrade,
  CommitteeRole,
  EmploymentStatus,
  Gender,
  PartyOrgKind,
  PartyRelation,
  PartyStatus,
} from '../../contracts/registry-enums.ts';
import type { NewUnit } from '../features/units/insert.ts';

/**
 * A generated registry before it is written: records refer to each other by
 * code (units, party orgs) and employee number (people), so a plan can be built
 * in memory and written with bulk statements that resolve ids by joins.
 * Dates are ISO strings.
 */
export type PlanUnit = NewUnit;

export interface PlanPerson {
  employeeNo: string;
  name: string;
  gender: Gender;
  unitCode: string;
  position: string;
  cadreGrade: CadreGrade;
  employmentStatus: EmploymentStatus;
  hiredOn: string;
  leftOn: string | null;
  partyStatus: PartyStatus;
  joinedPartyOn: string | null;
  fullMemberOn: string | null;
  /** Filled by the party org planner for members whose relation is inside. */
  partyOrgCode: string | null;
  partyRelation: PartyRelation | null;
  externalOrgName: string | null;
  phone: string;
  idNumber: string;
}

export interface PlanOrg {
  code: string;
  name: string;
  kind: PartyOrgKind;
  unitCode: string;
  parentCode: string | null;
  termStart: string | null;
  termEnd: string | null;
  foundedOn: string;
}

export interface PlanSeat {
  orgCode: string;
  employeeNo: string;
  role: CommitteeRole;
  startedOn: string;
  endedOn: string | null;
}

/** A move of a person from another unit to their present one. */
export interface PlanTransfer {
  employeeNo: string;
  fromUnitCode: string;
  toUnitCode: string;
  effectiveOn: string;
  note: string;
}

export interface RegistryPlan {
  people: PlanPerson[];
  orgs: PlanOrg[];
  seats: PlanSeat[];
  transfers: PlanTransfer[];
}
