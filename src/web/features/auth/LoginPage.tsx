import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { LoginBody } from '../../../contracts/auth.ts';
import { ApiRequestError } from '../../app/api/client.ts';
import { applyFieldErrors } from '../../app/api/errors.ts';
import { safeReturnPath } from '../../app/guards.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { LangSwitch } from '../../app/LangSwitch.tsx';
import { Logo } from '../../app/Logo.tsx';
import { useSession } from '../../app/session.tsx';
import { fetchPublicConfig } from './api.ts';
import { DemoAccounts } from './DemoAccounts.tsx';

const FIELDS = ['username', 'password'] as const;

/** Sign-in; afterwards back to the page the user was sent away from. */
export default function LoginPage() {
  const t = useT();
  const { me, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<LoginBody>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const config = useQuery({
    queryKey: ['auth-config'],
    queryFn: fetchPublicConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const returnTo = safeReturnPath(params.get('from'));

  if (me) return <Navigate to={returnTo} replace />;

  const onFinish = async (values: LoginBody) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values);
      navigate(returnTo, { replace: true });
    } catch (err) {
      if (err instanceof ApiRequestError) {
        applyFieldErrors(err, { form, fields: FIELDS });
        setError(err.message);
      } else {
        setError(t('error.client'));
      }
      setBusy(false);
    }
  };

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: '#f5f5f5', padding: '16px 12px' }}>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 420 }}>
        <LangSwitch size="middle" />
      </Flex>
      <Flex vertical align="center" gap={8} style={{ margin: '32px 0 24px', textAlign: 'center' }}>
        <Logo size={56} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('app.fullTitle')}
        </Typography.Title>
        {config.data?.enterpriseName ? (
          <Typography.Text type="secondary">{config.data.enterpriseName}</Typography.Text>
        ) : null}
      </Flex>
      <Card title={t('auth.loginTitle')} style={{ width: '100%', maxWidth: 420 }}>
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
        <Form<LoginBody> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} size="large">
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
      {config.data?.demo ? (
        <DemoAccounts
          config={config.data}
          onPick={(username, password) => {
            form.setFieldsValue({ username, password });
            setError(null);
          }}
        />
      ) : null}
    </Flex>
  );
}
