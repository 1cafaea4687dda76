import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import type { Permission } from '../../contracts/roles.ts';
import { RequireAuth, RequirePermission } from './guards.tsx';
import { PageLoading } from './PageLoading.tsx';
import { NotFound } from './ResultPages.tsx';
import { Shell } from './Shell.tsx';

// One chunk per page: the login page does not carry the tables, and so on.
const LoginPage = lazy(() => import('../features/auth/LoginPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage.tsx'));
const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const UnitTreePage = lazy(() => import('../features/units/UnitTreePage.tsx'));
const UnitPage = lazy(() => import('../features/units/UnitPage.tsx'));
const UnitListPage = lazy(() => import('../features/units/UnitListPage.tsx'));
const PeoplePage = lazy(() => import('../features/people/PeoplePage.tsx'));
const PartyOrgsPage = lazy(() => import('../features/party-orgs/PartyOrgsPage.tsx'));
const PartyOrgPage = lazy(() => import('../features/party-orgs/PartyOrgPage.tsx'));
const CoveragePage = lazy(() => import('../features/registry/CoveragePage.tsx'));
const ImportPage = lazy(() => import('../features/imports/ImportPage.tsx'));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage.tsx'));
const SecuritySettingsPage = lazy(() => import('../features/settings/SecuritySettingsPage.tsx'));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage.tsx'));
const TodoPage = lazy(() => import('../features/todo/TodoPage.tsx'));
const RecordsPage = lazy(() => import('../features/records/RecordsPage.tsx'));
const RecordNewPage = lazy(() => import('../features/records/RecordNewPage.tsx'));
const RecordDetailPage = lazy(() => import('../features/records/RecordDetailPage.tsx'));
const RecordEditPage = lazy(() => import('../features/records/RecordEditPage.tsx'));
const PairingsPage = lazy(() => import('../features/pairings/PairingsPage.tsx'));
const RulesPage = lazy(() => import('../features/rules/RulesPage.tsx'));
const CompliancePage = lazy(() => import('../features/compliance/CompliancePage.tsx'));
const ConcernsPage = lazy(() => import('../features/concerns/ConcernsPage.tsx'));
const ConcernNewPage = lazy(() => import('../features/concerns/ConcernNewPage.tsx'));
const ConcernDetailPage = lazy(() => import('../features/concerns/ConcernDetailPage.tsx'));
const FollowUpPage = lazy(() => import('../features/concern-followup/FollowUpPage.tsx'));
const ConcernSettingsPage = lazy(() => import('../features/concern-followup/ConcernSettingsPage.tsx'));
const ChecklistBoardPage = lazy(() => import('../features/checklists/annual/BoardPage.tsx'));
const ChecklistUnitYearPage = lazy(() => import('../features/checklists/annual/UnitYearPage.tsx'));
const AssessmentPage = lazy(() => import('../features/checklists/annual/AssessmentPage.tsx'));
const ChecklistFollowUpPage = lazy(() => import('../features/checklists/register/FollowUpPage.tsx'));
const ChecklistTemplatesPage = lazy(() => import('../features/checklists/templates/TemplatesPage.tsx'));
const ChecklistTemplatePage = lazy(() => import('../features/checklists/templates/TemplatePage.tsx'));
const CampaignsPage = lazy(() => import('../features/projects/CampaignsPage.tsx'));
const CampaignPage = lazy(() => import('../features/projects/CampaignPage.tsx'));
const ProjectPage = lazy(() => import('../features/projects/work/ProjectPage.tsx'));
const DossierPrintPage = lazy(() => import('../features/projects/work/DossierPrintPage.tsx'));
const SessionsPage = lazy(() => import('../features/training/SessionsPage.tsx'));
const SessionPage = lazy(() => import('../features/training/SessionPage.tsx'));
const GapsPage = lazy(() => import('../features/training/records/GapsPage.tsx'));
const OnlineHoursPage = lazy(() => import('../features/training/records/OnlineHoursPage.tsx'));
const PersonRecordPage = lazy(() => import('../features/training/records/PersonRecordPage.tsx'));
const TalksPage = lazy(() => import('../features/talks/TalksPage.tsx'));
const CockpitPage = lazy(() => import('../features/cockpit/CockpitPage.tsx'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage.tsx'));
const ReportPrintPage = lazy(() => import('../features/reports/ReportPrintPage.tsx'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage.tsx'));
const WebhooksPage = lazy(() => import('../features/webhooks/WebhooksPage.tsx'));

/** A page behind a permission: without it, 403 rather than failing calls. */
function guarded(path: string, permission: Permission, page: ReactNode) {
  return { path, element: <RequirePermission permission={permission}>{page}</RequirePermission> };
}

function Root() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <Shell />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'change-password', element: <ChangePasswordPage /> },
              guarded('units', 'units.read', <UnitTreePage />),
              guarded('units/list', 'units.read', <UnitListPage />),
              guarded('units/:id', 'units.read', <UnitPage />),
              guarded('people', 'registry.read', <PeoplePage />),
              guarded('party-orgs', 'registry.read', <PartyOrgsPage />),
              guarded('party-orgs/:id', 'registry.read', <PartyOrgPage />),
              guarded('coverage', 'registry.read', <CoveragePage />),
              guarded('import', 'registry.manage', <ImportPage />),
              guarded('todo', 'records.write', <TodoPage />),
              guarded('records', 'records.read', <RecordsPage />),
              guarded('records/new', 'records.write', <RecordNewPage />),
              guarded('records/:id', 'records.read', <RecordDetailPage />),
              guarded('records/:id/edit', 'records.write', <RecordEditPage />),
              guarded('pairings', 'pairings.read', <PairingsPage />),
              guarded('rules', 'pairings.manage', <RulesPage />),
              guarded('compliance', 'compliance.read', <CompliancePage />),
              guarded('concerns', 'concerns.read', <ConcernsPage />),
              guarded('concerns/new', 'concerns.raise', <ConcernNewPage />),
              guarded('concerns/:id', 'concerns.read', <ConcernDetailPage />),
              guarded('concern-followup', 'concerns.read', <FollowUpPage />),
              guarded('concern-settings', 'concerns.manage', <ConcernSettingsPage />),
              guarded('checklists', 'checklists.read', <ChecklistBoardPage />),
              guarded('checklists/assignments/:id', 'checklists.read', <ChecklistUnitYearPage />),
              guarded('checklist-followup', 'checklists.read', <ChecklistFollowUpPage />),
              guarded('assessment', 'checklists.read', <AssessmentPage />),
              guarded('checklist-templates', 'checklists.manage', <ChecklistTemplatesPage />),
              guarded('checklist-templates/:id', 'checklists.read', <ChecklistTemplatePage />),
              guarded('projects', 'projects.read', <CampaignsPage />),
              guarded('projects/campaigns/:id', 'projects.read', <CampaignPage />),
              guarded('projects/:id', 'projects.read', <ProjectPage />),
              guarded('projects/:id/dossier', 'projects.read', <DossierPrintPage />),
              guarded('training', 'training.read', <SessionsPage />),
              guarded('training/sessions/:id', 'training.read', <SessionPage />),
              guarded('training/gaps', 'training.read', <GapsPage />),
              guarded('training/online', 'training.read', <OnlineHoursPage />),
              guarded('training/people/:id', 'training.read', <PersonRecordPage />),
              guarded('talks', 'talks.read', <TalksPage />),
              guarded('cockpit', 'cockpit.read', <CockpitPage />),
              guarded('reports', 'reports.generate', <ReportsPage />),
              guarded('reports/print', 'cockpit.read', <ReportPrintPage />),
              guarded('notifications', 'notifications.read', <NotificationsPage />),
              guarded('webhooks', 'webhooks.manage', <WebhooksPage />),
              {
                path: 'accounts',
                element: (
                  <RequirePermission permission="accounts.read">
                    <AccountsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'settings',
                element: (
                  <RequirePermission permission="settings.manage">
                    <SecuritySettingsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequirePermission permission="audit.read">
                    <AuditLogPage />
                  </RequirePermission>
                ),
              },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
]);
