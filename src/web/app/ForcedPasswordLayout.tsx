import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Space, Typography } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { useApiErrorHandler } from './api/errors.ts';
import { useT } from './i18n/index.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { Logo } from './Logo.tsx';
import { PageLoading } from './PageLoading.tsx';
import { useSession } from './session.tsx';

/** A bare frame for the forced password change: no menu, only the language and logout. */
export function ForcedPasswordLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const { signOut } = useSession();
  const onError = useApiErrorHandler();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', paddingInline: 16, borderBottom: '1px solid #f0f0f0' }}>
        <Flex justify="space-between" align="center" style={{ height: '100%' }}>
          <Space align="center">
            <Logo size={28} />
            <Typography.Text strong style={{ fontSize: 18 }}>
              {t('app.name')}
            </Typography.Text>
          </Space>
          <Space>
            <LangSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => signOut().catch(onError)}>
              {t('auth.logout')}
            </Button>
          </Space>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Suspense fallback={<PageLoading />}>{children}</Suspense>
      </Layout.Content>
    </Layout>
  );
}
