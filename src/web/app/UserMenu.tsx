import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Dropdown } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from './api/errors.ts';
import { useT } from './i18n/index.tsx';
import { useSession } from './session.tsx';

/** The header's user name opens 修改密码 / 退出登录. */
export function UserMenu({ children, nameInMenu }: { children: ReactNode; nameInMenu: string | null }) {
  const t = useT();
  const navigate = useNavigate();
  const { signOut } = useSession();
  const onError = useApiErrorHandler();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          ...(nameInMenu ? [{ key: 'name', label: nameInMenu, disabled: true }, { type: 'divider' as const }] : []),
          { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'password') navigate('/change-password');
          else signOut().catch(onError);
        },
      }}
    >
      <span data-testid="user-menu" style={{ cursor: 'pointer' }}>
        {children}
      </span>
    </Dropdown>
  );
}
