import { useMutation } from '@tanstack/react-query';
import { Alert, App, Checkbox, Divider, Form, Modal, Typography } from 'antd';
import type { Account } from '../../../contracts/accounts.ts';
import { ROLES, type Role, roleConflict, SEPARATED_ADMIN_ROLES } from '../../../contracts/roles.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { grantAccount } from './api.ts';
import { ScopePicker, type ScopeValue } from './ScopePicker.tsx';

interface Values {
  roles: Role[];
  scope: ScopeValue[];
}
const FIELDS = ['roles', 'scope'] as const;
const BUSINESS_ROLES = ROLES.filter((r) => !SEPARATED_ADMIN_ROLES.includes(r));

/** Roles and data scope of an account (security administrator). */
export function GrantModal({
  account,
  onClose,
  onSaved,
}: {
  account: Account;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      grantAccount(account.id, { roles: v.roles, scopeUnitIds: v.scope.map((s) => s.value), version: account.version }),
    onSuccess: () => {
      void message.success(t('account.granted'));
      onSaved();
    },
    onError: (err) =>
      onError(err, { form, fields: FIELDS, mapField: (f) => (f === 'scopeUnitIds' ? 'scope' : f), onStale: onSaved }),
  });
  const roleOptions = (roles: readonly Role[]) => roles.map((r) => ({ value: r, label: t(`role.${r}`) }));

  return (
    <Modal
      open
      title={t('account.grantTitle', { username: account.username })}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      maskClosable={false}
      width={640}
    >
      <Alert type="info" showIcon message={t('account.grantHint')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ roles: account.roles, scope: account.scope.map((s) => ({ value: s.id, label: s.name })) }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item
          name="roles"
          label={t('account.roles')}
          rules={[
            {
              validator: async (_rule, roles: Role[] | undefined) => {
                if (roleConflict(roles ?? [])) throw new Error(t('account.roleConflict'));
              },
            },
          ]}
        >
          <Checkbox.Group style={{ display: 'block' }}>
            <Typography.Text type="secondary">{t('account.businessRoles')}</Typography.Text>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 0', margin: '4px 0' }}>
              {roleOptions(BUSINESS_ROLES).map((o) => (
                <Checkbox key={o.value} value={o.value} style={{ minWidth: 180 }}>
                  {o.label}
                </Checkbox>
              ))}
            </div>
            <Divider style={{ margin: '8px 0' }} />
            <Typography.Text type="secondary">{t('account.adminRoles')}</Typography.Text>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 0', marginTop: 4 }}>
              {roleOptions(SEPARATED_ADMIN_ROLES).map((o) => (
                <Checkbox key={o.value} value={o.value} style={{ minWidth: 180 }}>
                  {o.label}
                </Checkbox>
              ))}
            </div>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="scope" label={t('account.scope')} extra={t('account.scopeHint')}>
          <ScopePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
