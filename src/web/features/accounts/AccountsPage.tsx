import { PlusOutlined } from '@ant-design/icons';
import { type ActionType, PageContainer, ProTable } from '@ant-design/pro-components';
import { Button, Input } from 'antd';
import { useRef, useState } from 'react';
import type { Account } from '../../../contracts/accounts.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { type IssuedPassword, listAccounts } from './api.ts';
import { CreateAccountModal } from './CreateAccountModal.tsx';
import { accountColumns } from './columns.tsx';
import { EditAccountModal } from './EditAccountModal.tsx';
import { GrantModal } from './GrantModal.tsx';
import { OneTimePasswordModal } from './OneTimePasswordModal.tsx';

/** Accounts, searched and paged on the server; actions follow the signed-in administrator's permissions. */
export default function AccountsPage() {
  const t = useT();
  const me = useMe();
  const onError = useApiErrorHandler();
  const actionRef = useRef<ActionType>(undefined);
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [granting, setGranting] = useState<Account | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const canManage = me.permissions.includes('accounts.manage');
  const canGrant = me.permissions.includes('roles.grant');
  const reload = () => void actionRef.current?.reload();
  const compact = useCompact();

  const columns = accountColumns(
    t,
    {
      canManage,
      canGrant,
      selfId: me.account.id,
      onEdit: setEditing,
      onGrant: setGranting,
      onIssued: setIssued,
      reload,
    },
    compact,
  );

  return (
    <PageContainer title={t('menu.accounts')}>
      <ProTable<Account, { q: string }>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        params={{ q }}
        request={async ({ current = 1, pageSize = 20, q: text }) => {
          try {
            const page = await listAccounts({ page: current, pageSize, q: text || undefined });
            return { data: page.items, total: page.total, success: true };
          } catch (err) {
            onError(err);
            return { data: [], total: 0, success: false };
          }
        }}
        search={false}
        options={{ reload: true, density: false, setting: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        headerTitle={
          <Input.Search
            allowClear
            placeholder={t('account.searchPlaceholder')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 260, maxWidth: '60vw' }}
          />
        }
        toolBarRender={() =>
          canManage
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('account.create')}
                </Button>,
              ]
            : []
        }
      />
      {creating ? (
        <CreateAccountModal
          onClose={() => setCreating(false)}
          onCreated={(out) => {
            setCreating(false);
            setIssued(out);
            reload();
          }}
        />
      ) : null}
      {editing ? (
        <EditAccountModal
          account={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      {granting ? (
        <GrantModal
          account={granting}
          onClose={() => setGranting(null)}
          onSaved={() => {
            setGranting(null);
            reload();
          }}
        />
      ) : null}
      {issued ? <OneTimePasswordModal issued={issued} onClose={() => setIssued(null)} /> : null}
    </PageContainer>
  );
}
