import { App, Space, Typography } from 'antd';
import type { Account } from '../../../contracts/accounts.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { type IssuedPassword, resetAccountPassword, updateAccount } from './api.ts';

export interface AccountActionHandlers {
  canManage: boolean;
  canGrant: boolean;
  /** The signed-in account: the server refuses to disable or re-grant oneself, so those are not offered. */
  selfId: number;
  onEdit: (a: Account) => void;
  onGrant: (a: Account) => void;
  onIssued: (issued: IssuedPassword) => void;
  reload: () => void;
}

/** 编辑 / 停用·启用 / 重置密码 (system administrator), 授权 (security administrator). */
export function AccountRowActions({ account, h }: { account: Account; h: AccountActionHandlers }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const onError = useApiErrorHandler();
  const self = account.id === h.selfId;

  const toggle = () =>
    modal.confirm({
      title: t(account.disabled ? 'account.enableConfirm' : 'account.disableConfirm', { username: account.username }),
      content: account.disabled ? null : t('account.disableHint'),
      okButtonProps: { danger: !account.disabled },
      onOk: async () => {
        try {
          await updateAccount(account.id, { disabled: !account.disabled, version: account.version });
          void message.success(t(account.disabled ? 'account.enabled' : 'account.disabled'));
        } catch (err) {
          onError(err);
        }
        h.reload();
      },
    });

  const reset = () =>
    modal.confirm({
      title: t('account.resetConfirm', { username: account.username }),
      content: t('account.resetHint'),
      onOk: async () => {
        try {
          h.onIssued(await resetAccountPassword(account.id, account.version));
        } catch (err) {
          onError(err);
        }
        h.reload();
      },
    });

  return (
    <Space size={12} wrap={false} style={{ whiteSpace: 'nowrap' }}>
      {h.canManage ? <Typography.Link onClick={() => h.onEdit(account)}>{t('account.edit')}</Typography.Link> : null}
      {h.canManage && !self ? (
        <Typography.Link type={account.disabled ? undefined : 'danger'} onClick={toggle}>
          {t(account.disabled ? 'account.enable' : 'account.disable')}
        </Typography.Link>
      ) : null}
      {h.canManage ? <Typography.Link onClick={reset}>{t('account.resetPassword')}</Typography.Link> : null}
      {h.canGrant && !self ? (
        <Typography.Link onClick={() => h.onGrant(account)}>{t('account.grant')}</Typography.Link>
      ) : null}
    </Space>
  );
}
