import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import type { Account } from '../../../contracts/accounts.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { updateAccount } from './api.ts';

interface Values {
  displayName: string;
}
const FIELDS = ['displayName'] as const;

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
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const mutation = useMutation({
    mutationFn: (v: Values) => updateAccount(account.id, { displayName: v.displayName, version: account.version }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      onSaved();
    },
    onError: (err) => onError(err, { form, fields: FIELDS, onStale: onSaved }),
  });
  return (
    <Modal
      open
      title={t('account.editTitle', { username: account.username })}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      maskClosable={false}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ displayName: account.displayName }}
        onFinish={(v) => mutation.mutate(v)}
      >
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
