import type { Localized } from './i18n.ts';

/** The registry's enumerations and their names, shared by API, import templates, exports and the web. */
export const PARTY_ORG_KINDS = ['committee', 'general_branch', 'branch', 'group'] as const;
export type PartyOrgKind = (typeof PARTY_ORG_KINDS)[number];

/** Years of one term: a committee is elected for 5 years, a general branch and a branch for 3 (groups have no term). */
export const TERM_YEARS: Record<PartyOrgKind, number | null> = {
  committee: 5,
  general_branch: 3,
  branch: 3,
  group: null,
};
/** A term is flagged this many days before it ends. */
export const TERM_WARNING_DAYS = 90;
export const TERM_STATUSES = ['ok', 'expiring', 'overdue', 'none'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const COMMITTEE_ROLES = ['secretary', 'deputy_secretary', 'member'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** Mid-level and above are flagged: counselors are drawn from them. */
export const CADRE_GRADES = ['senior', 'mid', 'junior', 'staff'] as const;
export type CadreGrade = (typeof CADRE_GRADES)[number];
export const MID_LEVEL_OR_ABOVE: readonly CadreGrade[] = ['senior', 'mid'];

export const EMPLOYMENT_STATUSES = ['active', 'left', 'retired'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const PARTY_STATUSES = ['full', 'probationary', 'none'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];
export const MEMBER_STATUSES: readonly PartyStatus[] = ['full', 'probationary'];

/** Where a member's party relation (组织关系) is held: in the enterprise, or with a local org outside it. */
export const PARTY_RELATIONS = ['inside', 'outside'] as const;
export type PartyRelation = (typeof PARTY_RELATIONS)[number];

export const ENUM_LABELS = {
  partyOrgKind: {
    committee: { 'zh-CN': '党委', 'en-US': 'Committee' },
    general_branch: { 'zh-CN': '党总支', 'en-US': 'General branch' },
    branch: { 'zh-CN': '党支部', 'en-US': 'Branch' },
    group: { 'zh-CN': '党小组', 'en-US': 'Group' },
  },
  termStatus: {
    ok: { 'zh-CN': '任期内', 'en-US': 'In term' },
    expiring: { 'zh-CN': '即将到期', 'en-US': 'Expiring' },
    overdue: { 'zh-CN': '已超期', 'en-US': 'Overdue' },
    none: { 'zh-CN': '未设任期', 'en-US': 'No term' },
  },
  committeeRole: {
    secretary: { 'zh-CN': '书记', 'en-US': 'Secretary' },
    deputy_secretary: { 'zh-CN': '副书记', 'en-US': 'Deputy secretary' },
    member: { 'zh-CN': '委员', 'en-US': 'Member' },
  },
  gender: { male: { 'zh-CN': '男', 'en-US': 'Male' }, female: { 'zh-CN': '女', 'en-US': 'Female' } },
  cadreGrade: {
    senior: { 'zh-CN': '高级管理人员', 'en-US': 'Senior management' },
    mid: { 'zh-CN': '中层管理人员', 'en-US': 'Middle management' },
    junior: { 'zh-CN': '基层管理人员', 'en-US': 'Junior management' },
    staff: { 'zh-CN': '一般员工', 'en-US': 'Staff' },
  },
  employmentStatus: {
    active: { 'zh-CN': '在职', 'en-US': 'Active' },
    left: { 'zh-CN': '离职', 'en-US': 'Left' },
    retired: { 'zh-CN': '退休', 'en-US': 'Retired' },
  },
  partyStatus: {
    full: { 'zh-CN': '中共党员', 'en-US': 'Full member' },
    probationary: { 'zh-CN': '中共预备党员', 'en-US': 'Probationary member' },
    none: { 'zh-CN': '非党员', 'en-US': 'Not a member' },
  },
  partyRelation: {
    inside: { 'zh-CN': '本企业', 'en-US': 'In the enterprise' },
    outside: { 'zh-CN': '地方', 'en-US': 'Outside (local org)' },
  },
} satisfies Record<string, Record<string, Localized>>;

export type EnumName = keyof typeof ENUM_LABELS;

/** The code whose zh-CN (or en-US) label is `label`, for reading spreadsheets typed by people. */
export function enumFromLabel<E extends EnumName>(name: E, label: string): keyof (typeof ENUM_LABELS)[E] | null {
  const v = label.trim();
  for (const [code, l] of Object.entries(ENUM_LABELS[name]) as [string, Localized][]) {
    if (l['zh-CN'] === v || l['en-US'] === v || code === v) return code as keyof (typeof ENUM_LABELS)[E];
  }
  return null;
}

/** The end of a term that starts on `start` (ISO date), or null for kinds without terms. */
export function defaultTermEnd(kind: PartyOrgKind, start: string): string | null {
  const years = TERM_YEARS[kind];
  if (years === null) return null;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** Where a term stands on `today` (ISO dates compare as strings). */
export function termStatus(termEnd: string | null, today: string): TermStatus {
  if (!termEnd) return 'none';
  if (termEnd < today) return 'overdue';
  const warn = new Date(`${termEnd}T00:00:00Z`);
  warn.setUTCDate(warn.getUTCDate() - TERM_WARNING_DAYS);
  return warn.toISOString().slice(0, 10) <= today ? 'expiring' : 'ok';
}
