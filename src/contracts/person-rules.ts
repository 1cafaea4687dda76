import type { Localized } from './i18n.ts';
import type { EmploymentStatus, PartyRelation, PartyStatus } from './registry-enums.ts';

/** The fields the cross-field rules look at; the same rules judge forms, the API and imports. */
export interface PersonFacts {
  partyStatus: PartyStatus;
  partyRelation?: PartyRelation | null | undefined;
  /** Whether a party org of the enterprise is given. */
  hasPartyOrg: boolean;
  externalOrgName?: string | null | undefined;
  joinedPartyOn?: string | null | undefined;
  fullMemberOn?: string | null | undefined;
  employmentStatus: EmploymentStatus;
  hiredOn?: string | null | undefined;
  leftOn?: string | null | undefined;
}

export interface RuleProblem {
  field: string;
  reason: string;
  message: Localized;
}

const M = {
  notAMember: { 'zh-CN': '非党员不应填写此项', 'en-US': 'must be empty for a non-member' },
  requiredForMember: { 'zh-CN': '党员必须填写此项', 'en-US': 'is required for a member' },
  requiredWhenOutside: {
    'zh-CN': '组织关系在地方时必须填写地方党组织名称',
    'en-US': 'is required when the relation is held outside',
  },
  externalHasNoOrg: {
    'zh-CN': '组织关系在地方的党员不属于本企业党组织',
    'en-US': 'must be empty when the relation is held outside',
  },
  requiredWhenInside: {
    'zh-CN': '组织关系在本企业的党员必须填写所在党组织',
    'en-US': 'is required when the relation is held in the enterprise',
  },
  probationary: { 'zh-CN': '预备党员尚未转正，不应填写转正日期', 'en-US': 'must be empty for a probationary member' },
  beforeJoined: { 'zh-CN': '不能早于入党日期', 'en-US': 'cannot be before the party join date' },
  future: { 'zh-CN': '不能晚于今天', 'en-US': 'cannot be in the future' },
  beforeHired: { 'zh-CN': '不能早于入职日期', 'en-US': 'cannot be before the hire date' },
  activeNoLeft: { 'zh-CN': '在职人员不应填写离职日期', 'en-US': 'must be empty for active staff' },
} satisfies Record<string, Localized>;

/** Every rule the record breaks (empty when consistent). Dates are ISO strings, `today` too. */
export function personRuleProblems(p: PersonFacts, today: string): RuleProblem[] {
  const out: RuleProblem[] = [];
  const add = (field: string, reason: string, message: Localized) => out.push({ field, reason, message });
  const member = p.partyStatus !== 'none';
  if (!member) {
    if (p.partyRelation) add('partyRelation', 'not_a_member', M.notAMember);
    if (p.hasPartyOrg) add('partyOrgId', 'not_a_member', M.notAMember);
    if (p.externalOrgName) add('externalOrgName', 'not_a_member', M.notAMember);
    if (p.joinedPartyOn) add('joinedPartyOn', 'not_a_member', M.notAMember);
    if (p.fullMemberOn) add('fullMemberOn', 'not_a_member', M.notAMember);
  } else {
    if (!p.partyRelation) add('partyRelation', 'required_for_member', M.requiredForMember);
    if (p.partyRelation === 'outside') {
      if (!p.externalOrgName) add('externalOrgName', 'required_when_outside', M.requiredWhenOutside);
      if (p.hasPartyOrg) add('partyOrgId', 'external_has_no_org', M.externalHasNoOrg);
    }
    if (p.partyRelation === 'inside' && !p.hasPartyOrg) add('partyOrgId', 'required_when_inside', M.requiredWhenInside);
    if (p.partyStatus === 'probationary' && p.fullMemberOn) add('fullMemberOn', 'probationary', M.probationary);
    if (p.fullMemberOn && p.joinedPartyOn && p.fullMemberOn < p.joinedPartyOn) {
      add('fullMemberOn', 'before_joined', M.beforeJoined);
    }
  }
  for (const field of ['joinedPartyOn', 'fullMemberOn', 'hiredOn', 'leftOn'] as const) {
    const v = p[field];
    if (v && v > today) add(field, 'future_date', M.future);
  }
  if (p.employmentStatus === 'active' && p.leftOn) add('leftOn', 'active_no_left_date', M.activeNoLeft);
  if (p.leftOn && p.hiredOn && p.leftOn < p.hiredOn) add('leftOn', 'before_hired', M.beforeHired);
  return out;
}

/** Today as an ISO date in China Standard Time, where the enterprise works. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
