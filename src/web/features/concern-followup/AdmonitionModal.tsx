import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  ADMONITION_KINDS,
  type Admonition,
  type AdmonitionKind,
  type CreateAdmonitionBody,
} from '../../../contracts/concern-followup.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { createAdmonition } from './api.ts';
import { ConcernSelect } from './ConcernSelect.tsx';
import { DepartmentSelect } from './DepartmentSelect.tsx';

interface Values {
  kind: AdmonitionKind;
  against: 'department' | 'person';
  departmentId?: number | null;
  personId?: number | null;
  occurredOn: Dayjs;
  reason: string;
  concernId?: number | null;
}

/** 约谈督导: a reminder, admonition talk or formal admonition against a department or a person, with its reason. */
export function AdmonitionModal({
  unitId,
  onDone,
  onClose,
}: {
  unitId: number | undefined;
  onDone: (a: Admonition) => void;
  onClose: () => void;
}) {
  const t = useT();
  const required = { required: true, message: t('followUp.required') };
  const submit = (v: Values) => {
    const body: CreateAdmonitionBody = {
      kind: v.kind,
      occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      reason: v.reason,
      concernId: v.concernId ?? null,
      ...(v.against === 'department' ? { departmentId: v.departmentId ?? null } : { personId: v.personId ?? null }),
    };
    return createAdmonition(body);
  };
  return (
    <FormModal<Values, Admonition>
      title={t('followUp.admonition.new')}
      okText={t('common.save')}
      width={600}
      initialValues={{ kind: 'reminder', against: 'department', occurredOn: dayjs() }}
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['kind', 'departmentId', 'personId', 'occurredOn', 'reason', 'concernId'] }}
    >
      <Form.Item name="kind" label={t('followUp.admonition.kind')} rules={[required]}>
        <Select<AdmonitionKind>
          options={ADMONITION_KINDS.map((k) => ({ value: k, label: t(`followUp.admonition.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="against" label={t('followUp.admonition.against')}>
        <Radio.Group
          options={[
            { value: 'department', label: t('followUp.admonition.against.department') },
            { value: 'person', label: t('followUp.admonition.against.person') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['against']}>
        {({ getFieldValue }) =>
          getFieldValue('against') === 'person' ? (
            <Form.Item name="personId" label={t('followUp.admonition.person')} rules={[required]}>
              <PersonSelect />
            </Form.Item>
          ) : (
            <Form.Item name="departmentId" label={t('followUp.admonition.department')} rules={[required]}>
              <DepartmentSelect unitId={unitId} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="occurredOn" label={t('followUp.admonition.occurredOn')} rules={[required]}>
        <DatePicker inputReadOnly allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('followUp.admonition.reason')} rules={[required, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="concernId" label={t('followUp.admonition.concern')}>
        <ConcernSelect />
      </Form.Item>
    </FormModal>
  );
}
