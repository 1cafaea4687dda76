import { App, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ProjectTarget } from '../../../../contracts/project-work.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { createReading } from './api.ts';
import { PastDatePicker } from './PastDatePicker.tsx';

interface Values {
  measuredOn: Dayjs;
  value: number;
  note?: string;
}

/** 录入测量值: the target's value as measured on a day (not in the future). */
export function ReadingModal({ target, onClose, onDone }: { target: ProjectTarget; onClose(): void; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const today = dayjs();
  return (
    <FormModal<Values, unknown>
      title={t('prw.reading.title', { name: target.name })}
      okText={t('common.save')}
      width={480}
      initialValues={{ measuredOn: today }}
      submit={(v) =>
        createReading(target.id, {
          measuredOn: v.measuredOn.format('YYYY-MM-DD'),
          value: v.value,
          note: v.note?.trim() || null,
        })
      }
      onDone={() => {
        void message.success(t('prw.reading.saved'));
        onDone();
      }}
      onClose={onClose}
      errors={{ fields: ['measuredOn', 'value', 'note'] }}
    >
      <Form.Item name="measuredOn" label={t('prw.reading.measuredOn')} rules={[{ required: true }]}>
        <PastDatePicker />
      </Form.Item>
      <Form.Item name="value" label={t('prw.reading.value')} rules={[{ required: true }]}>
        <InputNumber style={{ width: '100%' }} addonAfter={target.unit || undefined} />
      </Form.Item>
      <Form.Item name="note" label={t('prw.reading.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
