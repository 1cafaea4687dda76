import { Alert, App, Checkbox, Divider, Form, Typography } from 'antd';
import type { Account } from '../../../contracts/accounts.ts';
import { ROLES, type Role, roleConflict, SEPARATED_ADMIN_ROLES } from '../../../contracts/roles.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { grantAccount } from './api.ts';
import { ScopePicker, type ScopeValue } from './ScopePicker.tsx';

interface Values {
  roles: Role[];
  scope: ScopeValue[];
}
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
  const roleOptions = (roles: readonly Role[]) => roles.map((r) => ({ value: r, label: t(`role.${r}`) }));

  return (
    <FormModal<Values, Account>
      title={t('account.grantTitle', { username: account.username })}
      okText={t('common.save')}
      width={640}
      initialValues={{ roles: account.roles, scope: account.scope.map((s) => ({ value: s.id, label: s.name })) }}
      submit={(v) =>
        grantAccount(account.id, {
          roles: v.roles,
          scopeUnitIds: v.scope.map((s) => s.value),
          version: account.version,
        })
      }
      onDone={() => {
        void message.success(t('account.granted'));
        onSaved();
      }}
      onClose={onClose}
      errors={{ fields: ['roles', 'scope'], mapField: (f) => (f === 'scopeUnitIds' ? 'scope' : f), onStale: onSaved }}
    >
      <Alert type="info" showIcon message={t('account.grantHint')} style={{ marginBottom: 16 }} />
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
    </FormModal>
  );
}
