import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { CONCERN_KINDS, CONCERN_LIMITS, type ConcernKind } from '../../../contracts/concerns.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { SubmitBar } from '../../app/SubmitBar.tsx';
import { DraftRestoredAlert } from '../records/DraftRestoredAlert.tsx';
import { useDraft } from '../records/draft.ts';
import { PendingFiles } from '../records/PendingFiles.tsx';
import { uploadAll } from '../records/uploadAll.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { concernKeys, raiseConcern, uploadConcernAttachment } from './api.ts';
import { useCategories, useConcernNames } from './labels.ts';

export interface ConcernFormValues {
  kind: ConcernKind;
  category: string | undefined;
  unitId: number | null;
  title: string;
  description: string;
  anonymous: boolean;
}

/** The API's field names are the form's, so the server's field messages land under them as they are. */
const FIELDS = ['kind', 'category', 'unitId', 'title', 'description', 'anonymous', 'recordId'] as const;

/**
 * 提出意见建议, made for a phone. Everything typed goes to a local draft,
 * dropped only once the server took the concern; its files go up right after.
 */
export function ConcernForm({
  defaults,
  draftKey,
  recordId,
  linkedRecord,
}: {
  defaults: ConcernFormValues;
  draftKey: string;
  recordId: number | null;
  /** The visit it was collected at, shown read-only. */
  linkedRecord: ReactNode;
}) {
  const t = useT();
  const names = useConcernNames();
  const categories = useCategories();
  const onError = useApiErrorHandler();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const draft = useDraft<ConcernFormValues>(draftKey);
  const [restored, setRestored] = useState(draft.initial !== null);
  const initial = useRef<ConcernFormValues>(draft.initial ? { ...defaults, ...draft.initial } : defaults);
  const [files, setFiles] = useState<File[]>([]);
  const [form] = Form.useForm<ConcernFormValues>();

  const mutation = useMutation({
    mutationFn: (v: ConcernFormValues) =>
      raiseConcern({
        kind: v.kind,
        category: v.category ?? '',
        unitId: v.unitId ?? 0,
        title: v.title,
        description: v.description,
        anonymous: v.anonymous,
        recordId,
      }),
    onSuccess: async (concern) => {
      draft.clear();
      const problems = files.length ? await uploadAll(files, (f) => uploadConcernAttachment(concern.id, f)) : [];
      await qc.invalidateQueries({ queryKey: concernKeys.all });
      void message.success(t('concern.raised'));
      navigate(`/concerns/${concern.id}`, { state: { uploadProblems: problems } });
    },
    onError: (err) => onError(err, { form, fields: FIELDS }),
  });

  const discardDraft = () => {
    draft.clear();
    setRestored(false);
    form.setFieldsValue(defaults);
  };
  const required = [{ required: true, message: t('form.required') }];

  return (
    <Form<ConcernFormValues>
      form={form}
      layout="vertical"
      initialValues={initial.current}
      onValuesChange={() => draft.save(form.getFieldsValue(true) as ConcernFormValues)}
      onFinish={(v) => mutation.mutate({ ...form.getFieldsValue(true), ...v })}
      scrollToFirstError
      data-testid="concern-form"
    >
      {restored ? <DraftRestoredAlert onDiscard={discardDraft} /> : null}
      {linkedRecord}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form.Item name="kind" label={t('concern.kind')} rules={required}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={CONCERN_KINDS.map((k) => ({ value: k, label: names.kind(k) }))}
            data-testid="concern-kind"
          />
        </Form.Item>
        <Form.Item name="category" label={t('concern.category')} rules={required}>
          <Select
            options={categories.options}
            loading={categories.loading}
            placeholder={t('concern.categoryPlaceholder')}
            data-testid="concern-category"
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('concern.outlet')} rules={required}>
          <UnitTreeSelect allowClear={false} placeholder={t('concern.outletPlaceholder')} />
        </Form.Item>
      </Card>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form.Item name="title" label={t('concern.title')} rules={required}>
          <Input maxLength={CONCERN_LIMITS.title} showCount data-testid="concern-title" />
        </Form.Item>
        <Form.Item name="description" label={t('concern.description')} rules={required}>
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 14 }}
            maxLength={CONCERN_LIMITS.description}
            data-testid="concern-description"
          />
        </Form.Item>
        <Form.Item
          name="anonymous"
          label={t('concern.anonymous')}
          valuePropName="checked"
          extra={t('concern.anonymousHint')}
        >
          <Switch data-testid="concern-anonymous" />
        </Form.Item>
        <Form.Item label={t('concern.attachments')} style={{ marginBottom: 0 }}>
          <PendingFiles files={files} onChange={setFiles} />
        </Form.Item>
      </Card>
      {/* Said before the sticky bar, so the bar stays one button high on a phone. */}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>
        {t('concern.submitHint')}
      </Typography.Text>
      <SubmitBar loading={mutation.isPending} testId="concern-submit">
        {t('concern.submit')}
      </SubmitBar>
    </Form>
  );
}
