import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../contracts/roles.ts';
import { Forbidden } from './ResultPages.tsx';
import { useMe, useSession } from './session.tsx';

/** Where to go after login: only a path inside this app, never another origin. */
export function safeReturnPath(from: string | null): string {
  if (!from?.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) return '/';
  return from;
}

/** Pages behind a session; without one, go to /login and remember this page. */
export function RequireAuth() {
  const { me, signedOut } = useSession();
  const location = useLocation();
  if (me) return <Outlet />;
  const here = `${location.pathname}${location.search}`;
  const to = signedOut || here === '/' ? '/login' : `/login?from=${encodeURIComponent(here)}`;
  return <Navigate to={to} replace />;
}

/** A page the account lacks the permission for shows 403 rather than failing calls. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  return me.permissions.includes(permission) ? children : <Forbidden />;
}
