import type { ProColumns } from '@ant-design/pro-components';
import { Badge, Space, Tag, Typography } from 'antd';
import type { Account } from '../../../contracts/accounts.ts';
import { formatDateTime } from '../../app/format.ts';
import type { Translate } from '../../app/i18n/index.tsx';
import { type AccountActionHandlers, AccountRowActions } from './AccountRowActions.tsx';

export function accountColumns(t: Translate, h: AccountActionHandlers): ProColumns<Account>[] {
  const columns: ProColumns<Account>[] = [
    { title: t('account.username'), dataIndex: 'username', width: 120 },
    { title: t('account.displayName'), dataIndex: 'displayName', width: 220 },
    {
      title: t('account.roles'),
      dataIndex: 'roles',
      width: 180,
      render: (_, a) =>
        a.roles.length ? (
          <Space size={[0, 4]} wrap>
            {a.roles.map((r) => (
              <Tag key={r} color="red" bordered={false}>
                {t(`role.${r}`)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    {
      title: t('account.scope'),
      dataIndex: 'scope',
      width: 200,
      render: (_, a) =>
        a.scope.length ? (
          a.scope.map((u) => u.name).join(t('common.listSeparator'))
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    {
      title: t('account.status'),
      dataIndex: 'disabled',
      width: 90,
      render: (_, a) => (
        <Badge status={a.disabled ? 'default' : 'success'} text={t(a.disabled ? 'account.statusDisabled' : 'account.statusEnabled')} />
      ),
    },
    {
      title: t('account.mustChange'),
      dataIndex: 'mustChangePassword',
      width: 110,
      render: (_, a) => (a.mustChangePassword ? <Tag color="warning">{t('account.mustChangeYes')}</Tag> : t('common.no')),
    },
    {
      title: t('account.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (_, a) => formatDateTime(a.lastLoginAt),
    },
  ];
  if (h.canManage || h.canGrant) {
    columns.push({
      title: t('account.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, a) => <AccountRowActions account={a} h={h} />,
    });
  }
  return columns;
}
