import { Form, Input, Radio } from 'antd';
import type { CreateExemplarBody, Exemplar } from '../../../contracts/concern-followup.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { createExemplar } from './api.ts';
import { ConcernSelect } from './ConcernSelect.tsx';

interface Values {
  subject: 'concern' | 'counselor';
  concernId?: number | null;
  personId?: number | null;
  title: string;
  writeUp: string;
}

/** 选树典型: a concern well solved, or a counselor's case, held up with a short write-up. */
export function ExemplarModal({ onDone, onClose }: { onDone: (e: Exemplar) => void; onClose: () => void }) {
  const t = useT();
  const required = { required: true, message: t('followUp.required') };
  const submit = (v: Values) => {
    const body: CreateExemplarBody = {
      subject: v.subject,
      title: v.title,
      writeUp: v.writeUp,
      ...(v.subject === 'concern' ? { concernId: v.concernId ?? null } : { personId: v.personId ?? null }),
    };
    return createExemplar(body);
  };
  return (
    <FormModal<Values, Exemplar>
      title={t('followUp.exemplar.new')}
      okText={t('common.save')}
      width={600}
      initialValues={{ subject: 'concern' }}
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['subject', 'concernId', 'personId', 'title', 'writeUp'] }}
    >
      <Form.Item name="subject" label={t('followUp.exemplar.subject')} rules={[required]}>
        <Radio.Group
          options={[
            { value: 'concern', label: t('followUp.exemplar.subject.concern') },
            { value: 'counselor', label: t('followUp.exemplar.subject.counselor') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['subject']}>
        {({ getFieldValue }) =>
          getFieldValue('subject') === 'counselor' ? (
            <Form.Item name="personId" label={t('followUp.exemplar.person')} rules={[required]}>
              <PersonSelect />
            </Form.Item>
          ) : (
            <Form.Item name="concernId" label={t('followUp.exemplar.concern')} rules={[required]}>
              <ConcernSelect />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="title" label={t('followUp.exemplar.title')} rules={[required, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="writeUp" label={t('followUp.exemplar.writeUp')} rules={[required, { max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} showCount maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
