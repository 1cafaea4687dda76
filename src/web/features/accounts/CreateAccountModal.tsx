import { Form, Input, Typography } from 'antd';
import { type CreateAccountBody, USERNAME_PATTERN } from '../../../contracts/accounts.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { createAccount, type IssuedPassword } from './api.ts';
import { DisplayNameField } from './DisplayNameField.tsx';

/** A new account gets no roles here: granting them is the security administrator's job. */
export function CreateAccountModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (issued: IssuedPassword) => void;
}) {
  const t = useT();
  return (
    <FormModal<CreateAccountBody, IssuedPassword>
      title={t('account.create')}
      okText={t('account.createSubmit')}
      submit={createAccount}
      onDone={onCreated}
      onClose={onClose}
      errors={{ fields: ['username', 'displayName'] }}
    >
      <Typography.Paragraph type="secondary">{t('account.createHint')}</Typography.Paragraph>
      <Form.Item
        name="username"
        label={t('account.username')}
        extra={t('account.usernameRule')}
        rules={[
          { required: true, message: t('account.usernameRequired') },
          { pattern: USERNAME_PATTERN, message: t('account.usernameRule') },
        ]}
      >
        <Input autoComplete="off" maxLength={32} />
      </Form.Item>
      <DisplayNameField />
    </FormModal>
  );
}
