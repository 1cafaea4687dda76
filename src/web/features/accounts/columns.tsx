import type { ProColumns } from '@ant-design/pro-components';
import { Badge, Space, Tag, Typography } from 'antd';
import type { Account } from '../../../contracts/accounts.ts';
import { formatDateTime } from '../../app/format.ts';
import type { Translate } from '../../app/i18n/index.tsx';
import { type AccountActionHandlers, AccountRowActions } from './AccountRowActions.tsx';

/** `compact` (phones): the actions column scrolls with the rest instead of covering half the screen. */
export function accountColumns(t: Translate, h: AccountActionHandlers, compact: boolean): ProColumns<Account>[] {
  const columns: ProColumns<Account>[] = [
    { title: t('account.username'), dataIndex: 'username' },
    { title: t('account.displayName'), dataIndex: 'displayName' },
    {
      title: t('account.roles'),
      dataIndex: 'roles',
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
      render: (_, a) => (
        <Badge
          status={a.disabled ? 'default' : 'success'}
          text={t(a.disabled ? 'account.statusDisabled' : 'account.statusEnabled')}
        />
      ),
    },
    {
      title: t('account.mustChange'),
      dataIndex: 'mustChangePassword',
      render: (_, a) =>
        a.mustChangePassword ? <Tag color="warning">{t('account.mustChangeYes')}</Tag> : t('common.no'),
    },
    {
      title: t('account.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (_, a) => formatDateTime(a.lastLoginAt),
    },
  ];
  if (h.canManage || h.canGrant) {
    columns.push({
      title: t('account.actions'),
      key: 'actions',
      width: h.canManage ? 200 : 80,
      fixed: compact ? undefined : 'right',
      render: (_, a) => <AccountRowActions account={a} h={h} />,
    });
  }
  return columns;
}
