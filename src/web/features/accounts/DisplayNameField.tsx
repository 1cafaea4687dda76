import { Form, Input } from 'antd';
import { useT } from '../../app/i18n/index.tsx';

/** The account's display name, as both the create and the edit forms ask for it. */
export function DisplayNameField() {
  const t = useT();
  return (
    <Form.Item
      name="displayName"
      label={t('account.displayName')}
      rules={[{ required: true, whitespace: true, message: t('account.displayNameRequired') }]}
    >
      <Input maxLength={64} />
    </Form.Item>
  );
}
