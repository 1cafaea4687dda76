import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import type { ChangePasswordBody } from '../../../contracts/auth.ts';
import { checkPassword } from '../../../contracts/password-policy.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useMe, useSession } from '../../app/session.tsx';
import { changePassword } from './api.ts';
import { PasswordChecklist } from './PasswordChecklist.tsx';

interface Values extends ChangePasswordBody {
  confirm: string;
}
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The user's own password; the only page reachable while a change is required. */
export default function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const { acceptMe } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const username = me.account.username;

  const mutation = useMutation({
    mutationFn: ({ currentPassword, newPassword: next }: Values) =>
      changePassword({ currentPassword, newPassword: next }),
    onSuccess: (next) => {
      acceptMe(next);
      void message.success(t('password.changed'));
      navigate('/', { replace: true });
    },
    onError: (err) => onError(err, { form, fields: FIELDS }),
  });

  return (
    <Flex justify="center">
      <Card
        title={me.mustChangePassword ? t('password.forcedTitle') : t('password.title')}
        style={{ width: '100%', maxWidth: 480 }}
      >
        {me.mustChangePassword ? (
          <Alert type="warning" showIcon message={t('password.forcedHint')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => mutation.mutate(v)}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[
              { required: true, message: t('password.newRequired') },
              {
                validator: async (_rule, value: string | undefined) => {
                  // The checklist below names each rule; the field only says it is not met yet.
                  if (value && checkPassword(value, username).length > 0) throw new Error(t('password.policyUnmet'));
                },
              },
            ]}
            extra={<PasswordChecklist password={newPassword} username={username} />}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
