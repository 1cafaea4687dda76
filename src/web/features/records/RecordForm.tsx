import { useMutation } from '@tanstack/react-query';
import { Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ACTION_KINDS, RECORD_MODES } from '../../../contracts/actions.ts';
import type { CreateRecordBody, RecordDetail } from '../../../contracts/records.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { SubmitBar } from '../../app/SubmitBar.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { AttendeesField } from './AttendeesField.tsx';
import { DraftRestoredAlert } from './DraftRestoredAlert.tsx';
import { useDraft } from './draft.ts';
import {
  fromDraft,
  isBranchMeeting,
  mapRecordField,
  RECORD_FORM_FIELDS,
  type RecordDraft,
  type RecordFormValues,
  toBody,
  toDraft,
} from './formValues.ts';
import { useActionLabel, useActionOptions } from './labels.ts';
import { StandardItemsField } from './StandardItemsField.tsx';
import { TargetField } from './TargetField.tsx';
import { useTargetInfo } from './useTargetInfo.ts';

/**
 * 纪实 form, made for a phone: what was done (prefilled), when (now), how, who
 * attended, what was said and decided, the monthly meeting's four items. Every
 * keystroke goes to a local draft, dropped only once the server saved the record.
 */
export function RecordForm({
  defaults,
  draftKey,
  lockedTarget,
  submit,
  onSaved,
  onStale,
  extra,
}: {
  defaults: RecordFormValues;
  draftKey: string;
  lockedTarget: boolean;
  submit: (body: CreateRecordBody) => Promise<RecordDetail>;
  onSaved: (record: RecordDetail) => void | Promise<void>;
  onStale?: () => void;
  /** Below the fields (the files to attach). */
  extra?: ReactNode;
}) {
  const t = useT();
  const compact = useCompact();
  const label = useActionLabel();
  const options = useActionOptions();
  const onError = useApiErrorHandler();
  const draft = useDraft<RecordDraft>(draftKey);
  const [restored, setRestored] = useState(draft.initial !== null);
  const [form] = Form.useForm<RecordFormValues>();
  const initial = useRef(draft.initial ? fromDraft(draft.initial) : defaults);
  const kind = Form.useWatch('kind', form) ?? initial.current.kind;
  const target = Form.useWatch('target', form) ?? initial.current.target;
  const info = useTargetInfo(target);
  const autoTitle = useRef<string>(initial.current.title);

  // The title follows the kind and target until the user writes their own.
  useEffect(() => {
    const next = info ? `${label('actionKind', kind)} · ${info.name}` : label('actionKind', kind);
    const current = form.getFieldValue('title') as string | undefined;
    if (!current || current === autoTitle.current) {
      form.setFieldValue('title', next);
      autoTitle.current = next;
    }
  }, [kind, info, label, form]);

  const mutation = useMutation({
    mutationFn: (v: RecordFormValues) => submit(toBody(v)),
    onSuccess: async (record) => {
      draft.clear();
      await onSaved(record);
    },
    onError: (err) =>
      onError(err, { form, fields: RECORD_FORM_FIELDS, mapField: mapRecordField, ...(onStale ? { onStale } : {}) }),
  });

  const discardDraft = () => {
    draft.clear();
    setRestored(false);
    form.setFieldsValue({ ...defaults, title: defaults.title });
    autoTitle.current = defaults.title;
  };

  return (
    <Form<RecordFormValues>
      form={form}
      layout="vertical"
      initialValues={initial.current}
      onValuesChange={() => draft.save(toDraft(form.getFieldsValue(true) as RecordFormValues))}
      onFinish={(v) => mutation.mutate({ ...form.getFieldsValue(true), ...v })}
      scrollToFirstError
      data-testid="record-form"
    >
      {restored ? <DraftRestoredAlert onDiscard={discardDraft} /> : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form.Item
          name="target"
          label={t('record.target')}
          rules={[
            {
              validator: (_, v: RecordFormValues['target'] | undefined) =>
                v?.id ? Promise.resolve() : Promise.reject(new Error(t('record.targetRequired'))),
            },
          ]}
        >
          <TargetField locked={lockedTarget} info={info} />
        </Form.Item>
        <Form.Item name="kind" label={t('record.kind')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={options('actionKind', ACTION_KINDS)} data-testid="record-kind" />
        </Form.Item>
        <Form.Item
          name="occurredAt"
          label={t('record.occurredAt')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            inputReadOnly={compact}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="mode" label={t('record.mode')} rules={[{ required: true, message: t('form.required') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={options('recordMode', RECORD_MODES)}
            data-testid="record-mode"
          />
        </Form.Item>
        <Form.Item name="title" label={t('record.title')} rules={[{ required: true, message: t('form.required') }]}>
          <Input maxLength={200} data-testid="record-title" />
        </Form.Item>
      </Card>
      {kind === 'monthly_meeting' ? (
        <Card size="small" title={t('record.standardItems')} style={{ marginBottom: 12 }}>
          <Form.Item name="standardItems" style={{ marginBottom: 0 }}>
            <StandardItemsField />
          </Form.Item>
        </Card>
      ) : null}
      <Card size="small" title={t('record.attendees')} style={{ marginBottom: 12 }}>
        <Form.Item name="attendees" style={{ marginBottom: 0 }}>
          <AttendeesField unitId={info?.unitId ?? null} askReasons={isBranchMeeting(kind)} />
        </Form.Item>
      </Card>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form.Item name="content" label={t('record.content')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={10_000} data-testid="record-content" />
        </Form.Item>
        <Form.Item name="outcomes" label={t('record.outcomes')} style={{ marginBottom: extra ? undefined : 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5_000} />
        </Form.Item>
        {extra ? (
          <Form.Item label={t('record.attachments')} style={{ marginBottom: 0 }}>
            {extra}
          </Form.Item>
        ) : null}
      </Card>
      <SubmitBar loading={mutation.isPending} testId="record-save">
        {t('common.save')}
      </SubmitBar>
    </Form>
  );
}
