import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { type CreateAccountBody, USERNAME_PATTERN } from '../../../contracts/accounts.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { createAccount, type IssuedPassword } from './api.ts';

const FIELDS = ['username', 'displayName'] as const;

/** A new account gets no roles here: granting them is the security administrator's job. */
export function CreateAccountModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (issued: IssuedPassword) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CreateAccountBody>();
  const onError = useApiErrorHandler();
  const mutation = useMutation({
    mutationFn: createAccount,
    onSuccess: onCreated,
    onError: (err) => onError(err, { form, fields: FIELDS }),
  });
  return (
    <Modal
      open
      title={t('account.create')}
      okText={t('account.createSubmit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">{t('account.createHint')}</Typography.Paragraph>
      <Form<CreateAccountBody> form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)}>
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
        <Form.Item
          name="displayName"
          label={t('account.displayName')}
          rules={[{ required: true, whitespace: true, message: t('account.displayNameRequired') }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
