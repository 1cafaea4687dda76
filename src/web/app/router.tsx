import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { RequireAuth, RequirePermission } from './guards.tsx';
import { PageLoading } from './PageLoading.tsx';
import { NotFound } from './ResultPages.tsx';
import { Shell } from './Shell.tsx';

// One chunk per page: the login page does not carry the tables, and so on.
const LoginPage = lazy(() => import('../features/auth/LoginPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage.tsx'));
const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const UnitTreePage = lazy(() => import('../features/units/UnitTreePage.tsx'));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage.tsx'));
const SecuritySettingsPage = lazy(() => import('../features/settings/SecuritySettingsPage.tsx'));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage.tsx'));

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
              {
                path: 'units',
                element: (
                  <RequirePermission permission="units.read">
                    <UnitTreePage />
                  </RequirePermission>
                ),
              },
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
