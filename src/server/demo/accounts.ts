import type { Role } from '../../contracts/roles.ts';

/** The fictional enterprise of the demo. Any likeness to a real institution is unintended. */
export const DEMO_ENTERPRISE_NAME = '联点示范银行';

/** Shared by every demo account; exempt from forced change only while the server runs in demo mode. */
export const DEMO_PASSWORD = 'Liandian#2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Unit codes whose subtrees form the data scope. */
  scope: string[];
  /** The person behind the login: an anchor of profiles.ts DEMO_PEOPLE, by name. */
  person?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '周海燕（省分行党建工作部）',
    role: 'party_admin',
    scope: ['JN'],
    person: '周海燕',
  },
  { username: 'sysadmin', displayName: '陈立（系统管理员）', role: 'sysadmin', scope: [] },
  { username: 'secadmin', displayName: '林静（安全管理员）', role: 'secadmin', scope: [] },
  { username: 'auditor', displayName: '郑文（审计管理员）', role: 'auditor', scope: [] },
  { username: 'leader', displayName: '王建国（省分行党委书记）', role: 'leader', scope: ['JN'], person: '王建国' },
  { username: 'counselor', displayName: '李卫东（党建辅导员）', role: 'counselor', scope: ['JN01'], person: '李卫东' },
  {
    username: 'secretary',
    displayName: '赵敏（人民路网点支部书记）',
    role: 'secretary',
    scope: ['JN010101'],
    person: '赵敏',
  },
  {
    username: 'handler',
    displayName: '孙磊（青州市分行运营管理部）',
    role: 'handler',
    // A handler's scope is their department: the concerns routed to it.
    scope: ['JN01B02'],
    person: '孙磊',
  },
];
