import { App } from 'antd';
import type { Account } from '../../../contracts/accounts.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { updateAccount } from './api.ts';
import { DisplayNameField } from './DisplayNameField.tsx';

/** Renames an account; the row's version guards against overwriting someone else's change. */
export function EditAccountModal({
  account,
  onClose,
  onSaved,
}: {
  account: Account;
  onClose: () => void;
  /** Also called after a stale-version refusal, so the table reloads. */
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <FormModal<{ displayName: string }, Account>
      title={t('account.editTitle', { username: account.username })}
      okText={t('common.save')}
      initialValues={{ displayName: account.displayName }}
      submit={(v) => updateAccount(account.id, { displayName: v.displayName, version: account.version })}
      onDone={() => {
        void message.success(t('common.saved'));
        onSaved();
      }}
      onClose={onClose}
      errors={{ fields: ['displayName'], onStale: onSaved }}
    >
      <DisplayNameField />
    </FormModal>
  );
}
