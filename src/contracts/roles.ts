/**
 * Roles and permissions. Roles are fixed by the product (BRIEF.md "Users and roles");
 * which account holds which role, and over which unit subtrees, is data.
 */
export const PERMISSIONS = [
  'units.read',
  'registry.read',
  'registry.manage',
  'pairings.read',
  'pairings.manage',
  'records.read',
  'records.write',
  'compliance.read',
  'concerns.read',
  'concerns.raise',
  'concerns.act',
  'concerns.handle',
  'concerns.manage',
  'checklists.read',
  'checklists.register',
  'checklists.review',
  'checklists.inspect',
  'checklists.manage',
  'projects.read',
  'projects.propose',
  'projects.review',
  'projects.manage',
  'training.read',
  'training.manage',
  'talks.read',
  'talks.record',
  'talks.read_confidential',
  'cockpit.read',
  'reports.generate',
  'notifications.read',
  'webhooks.manage',
  'accounts.read',
  'accounts.manage',
  'roles.grant',
  'settings.manage',
  'audit.read',
  'audit.export',
  'sensitive.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'party_admin',
  'counselor',
  'secretary',
  'handler',
  'supervisor',
  'leader',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** The three administrators (三员): mutually exclusive, and never combined with a business role. */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

/** What every business reader sees: the tree, the registry, pairings, records, figures, concerns. */
const READER: readonly Permission[] = [
  'units.read',
  'registry.read',
  'pairings.read',
  'records.read',
  'compliance.read',
  'concerns.read',
  'checklists.read',
  'projects.read',
  'training.read',
  'talks.read',
  'notifications.read',
];
/**
 * Those at the outlets also record actions, raise concerns and take their part in them,
 * and register the checklist items of the units in their scope (完成一项，登记一项).
 */
const FIELD: readonly Permission[] = [
  ...READER,
  'records.write',
  'concerns.raise',
  'concerns.act',
  'checklists.register',
  'projects.propose',
  'talks.record',
];
/** Supervisors (党委委员) inspect, comment the monthly reports, review duty reports and score led projects. */
const OVERSIGHT: readonly Permission[] = ['checklists.review', 'checklists.inspect', 'projects.review'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  party_admin: [
    ...FIELD,
    ...OVERSIGHT,
    'registry.manage',
    'sensitive.view',
    'pairings.manage',
    'concerns.handle',
    'concerns.manage',
    'checklists.manage',
    'projects.manage',
    // The organization department runs training and may read every talk in its scope (audited).
    'training.manage',
    'talks.read_confidential',
    // The department reads the cockpit, takes the quarterly and annual reports, and wires chat-group robots.
    'cockpit.read',
    'reports.generate',
    'webhooks.manage',
  ],
  // A counselor raises concerns, solves tier-1 ones and routes the rest.
  counselor: [...FIELD, 'concerns.handle'],
  // A secretary raises concerns and confirms or reopens their outlet's resolved ones.
  secretary: FIELD,
  // Handlers work on the concerns routed to their department: the tree, not the people registry.
  handler: ['units.read', 'concerns.read', 'concerns.act', 'concerns.handle', 'notifications.read'],
  // Committee members read the cockpit of their subtree.
  supervisor: [...FIELD, ...OVERSIGHT, 'cockpit.read'],
  // Leaders read, and comment on and score duty reports (领导点评).
  // and score and comment led projects (挂钩指导).
  leader: [...READER, 'checklists.review', 'projects.review', 'cockpit.read', 'reports.generate'],
  // The system administrator runs accounts and settings but cannot grant roles.
  sysadmin: ['accounts.read', 'accounts.manage', 'settings.manage'],
  // The security administrator grants roles and scopes. It chooses scopes from the
  // unit picker (id, code, name, kind), which `roles.grant` opens; the business
  // tree (`units.read`) stays closed to it.
  secadmin: ['accounts.read', 'roles.grant'],
  // The audit administrator only reads (and exports) the audit log.
  auditor: ['audit.read', 'audit.export'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}

/** Why a set of roles may not be held together, or null when it may. */
export function roleConflict(roles: readonly Role[]): 'admin_roles_exclusive' | null {
  const admin = roles.filter((r) => SEPARATED_ADMIN_ROLES.includes(r));
  if (admin.length > 1) return 'admin_roles_exclusive';
  if (admin.length === 1 && roles.length > 1) return 'admin_roles_exclusive';
  return null;
}
