import { Form, Input, InputNumber } from 'antd';
import { useT } from '../../../app/i18n/index.tsx';

/** The year and name of a template, as the new, copy and import dialogs ask for them. */
export function YearNameFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="year" label={t('ckt.year')} rules={[{ required: true, message: t('ckt.required') }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('ckt.name')}
        rules={[{ required: true, whitespace: true, message: t('ckt.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
