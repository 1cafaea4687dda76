import { UserOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { ForcedPasswordLayout } from './ForcedPasswordLayout.tsx';
import { useT } from './i18n/index.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { Logo } from './Logo.tsx';
import { visibleMenu } from './menu.tsx';
import { PageLoading } from './PageLoading.tsx';
import { useMe } from './session.tsx';
import { UserMenu } from './UserMenu.tsx';
import { useCompact } from './useCompact.ts';

/**
 * The signed-in frame: a menu cut to the account's permissions, the user menu
 * and the language switch. While a password change is required, nothing but
 * the change page (and logout) is reachable.
 */
export function Shell() {
  const me = useMe();
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  // On a phone the name would wrap the header; it moves into the user menu instead.
  const compact = useCompact();

  if (me.mustChangePassword) {
    if (location.pathname !== '/change-password') return <Navigate to="/change-password" replace />;
    return (
      <ForcedPasswordLayout>
        <Outlet />
      </ForcedPasswordLayout>
    );
  }

  const routes = visibleMenu(me.permissions).map((m) => ({ path: m.path, name: t(m.label), icon: m.icon }));
  return (
    <ProLayout
      title={t('app.name')}
      logo={<Logo size={28} />}
      layout="mix"
      fixSiderbar
      fixedHeader
      siderWidth={208}
      location={{ pathname: location.pathname }}
      route={{ path: '/', routes }}
      menu={{ locale: false }}
      pageTitleRender={false}
      onMenuHeaderClick={() => navigate('/')}
      menuItemRender={(item, dom) => (item.path ? <Link to={item.path}>{dom}</Link> : dom)}
      avatarProps={{
        icon: <UserOutlined />,
        size: 'small',
        title: compact ? undefined : me.account.displayName,
        render: (_props, dom) => <UserMenu nameInMenu={compact ? me.account.displayName : null}>{dom}</UserMenu>,
      }}
      actionsRender={() => [<NotificationBell key="bell" />, <LangSwitch key="lang" />]}
      token={{
        header: { colorBgHeader: '#ffffff' },
        sider: { colorMenuBackground: '#ffffff' },
        pageContainer: { paddingBlockPageContainerContent: 16, paddingInlinePageContainerContent: 16 },
      }}
    >
      {/* Keyed by account: if the session turns into another account, no page keeps the old one's state. */}
      <Suspense key={me.account.id} fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}
