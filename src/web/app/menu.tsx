import {
  ApartmentOutlined,
  AreaChartOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CarryOutOutlined,
  ClusterOutlined,
  CommentOutlined,
  ControlOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  FundOutlined,
  HomeOutlined,
  ImportOutlined,
  LinkOutlined,
  MessageOutlined,
  OrderedListOutlined,
  PieChartOutlined,
  ProfileOutlined,
  ReadOutlined,
  RobotOutlined,
  SettingOutlined,
  SnippetsOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../contracts/roles.ts';
import type { MessageKey } from './i18n/index.tsx';

/** The menu, its guards and the home page's shortcuts come from this one list. */
export interface MenuEntry {
  path: string;
  label: MessageKey;
  /** What the home page says the entry is for. */
  hint: MessageKey | null;
  icon: ReactNode;
  /** null: everyone signed in. */
  permission: Permission | null;
}

export const MENU: readonly MenuEntry[] = [
  { path: '/', label: 'menu.home', hint: null, icon: <HomeOutlined />, permission: null },
  {
    path: '/cockpit',
    label: 'menu.cockpit',
    hint: 'home.shortcut.cockpit',
    icon: <DashboardOutlined />,
    permission: 'cockpit.read',
  },
  {
    path: '/reports',
    label: 'menu.reports',
    hint: 'home.shortcut.reports',
    icon: <AreaChartOutlined />,
    permission: 'reports.generate',
  },
  {
    path: '/todo',
    label: 'menu.todo',
    hint: 'home.shortcut.todo',
    icon: <CarryOutOutlined />,
    permission: 'records.write',
  },
  {
    path: '/records',
    label: 'menu.records',
    hint: 'home.shortcut.records',
    icon: <FileTextOutlined />,
    permission: 'records.read',
  },
  {
    path: '/compliance',
    label: 'menu.compliance',
    hint: 'home.shortcut.compliance',
    icon: <BarChartOutlined />,
    permission: 'compliance.read',
  },
  {
    path: '/concerns',
    label: 'menu.concerns',
    hint: 'home.shortcut.concerns',
    icon: <MessageOutlined />,
    permission: 'concerns.read',
  },
  {
    path: '/concern-followup',
    label: 'menu.concernFollowUp',
    hint: 'home.shortcut.concernFollowUp',
    icon: <FundOutlined />,
    permission: 'concerns.read',
  },
  {
    path: '/checklists',
    label: 'menu.checklists',
    hint: 'home.shortcut.checklists',
    icon: <ProfileOutlined />,
    permission: 'checklists.read',
  },
  {
    path: '/checklist-followup',
    label: 'menu.checklistFollowUp',
    hint: 'home.shortcut.checklistFollowUp',
    icon: <AuditOutlined />,
    permission: 'checklists.read',
  },
  {
    path: '/assessment',
    label: 'menu.assessment',
    hint: 'home.shortcut.assessment',
    icon: <TrophyOutlined />,
    permission: 'checklists.read',
  },
  {
    path: '/projects',
    label: 'menu.projects',
    hint: 'home.shortcut.projects',
    icon: <FlagOutlined />,
    permission: 'projects.read',
  },
  {
    path: '/training',
    label: 'menu.training',
    hint: 'home.shortcut.training',
    icon: <ReadOutlined />,
    permission: 'training.read',
  },
  {
    path: '/talks',
    label: 'menu.talks',
    hint: 'home.shortcut.talks',
    icon: <CommentOutlined />,
    permission: 'talks.read',
  },
  {
    path: '/notifications',
    label: 'menu.notifications',
    hint: 'home.shortcut.notifications',
    icon: <BellOutlined />,
    permission: 'notifications.read',
  },
  {
    path: '/pairings',
    label: 'menu.pairings',
    hint: 'home.shortcut.pairings',
    icon: <LinkOutlined />,
    permission: 'pairings.read',
  },
  {
    path: '/rules',
    label: 'menu.rules',
    hint: 'home.shortcut.rules',
    icon: <OrderedListOutlined />,
    permission: 'pairings.manage',
  },
  {
    path: '/concern-settings',
    label: 'menu.concernSettings',
    hint: 'home.shortcut.concernSettings',
    icon: <ControlOutlined />,
    permission: 'concerns.manage',
  },
  {
    path: '/checklist-templates',
    label: 'menu.checklistTemplates',
    hint: 'home.shortcut.checklistTemplates',
    icon: <SnippetsOutlined />,
    permission: 'checklists.manage',
  },
  {
    path: '/units',
    label: 'menu.units',
    hint: 'home.shortcut.units',
    icon: <ApartmentOutlined />,
    permission: 'units.read',
  },
  {
    path: '/people',
    label: 'menu.people',
    hint: 'home.shortcut.people',
    icon: <UserOutlined />,
    permission: 'registry.read',
  },
  {
    path: '/party-orgs',
    label: 'menu.partyOrgs',
    hint: 'home.shortcut.partyOrgs',
    icon: <ClusterOutlined />,
    permission: 'registry.read',
  },
  {
    path: '/coverage',
    label: 'menu.coverage',
    hint: 'home.shortcut.coverage',
    icon: <PieChartOutlined />,
    permission: 'registry.read',
  },
  {
    path: '/import',
    label: 'menu.import',
    hint: 'home.shortcut.import',
    icon: <ImportOutlined />,
    permission: 'registry.manage',
  },
  {
    path: '/webhooks',
    label: 'menu.webhooks',
    hint: 'home.shortcut.webhooks',
    icon: <RobotOutlined />,
    permission: 'webhooks.manage',
  },
  {
    path: '/accounts',
    label: 'menu.accounts',
    hint: 'home.shortcut.accounts',
    icon: <TeamOutlined />,
    permission: 'accounts.read',
  },
  {
    path: '/settings',
    label: 'menu.settings',
    hint: 'home.shortcut.settings',
    icon: <SettingOutlined />,
    permission: 'settings.manage',
  },
  {
    path: '/audit',
    label: 'menu.audit',
    hint: 'home.shortcut.audit',
    icon: <AuditOutlined />,
    permission: 'audit.read',
  },
];

export function visibleMenu(permissions: readonly Permission[]): MenuEntry[] {
  return MENU.filter((m) => m.permission === null || permissions.includes(m.permission));
}
