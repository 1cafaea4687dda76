import { useMutation, useQuery } from '@tanstack/react-query';
import { App, type ButtonProps, Card, DatePicker, Form, Input, Modal, Radio, Select, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FINDINGS, type Finding, type InspectionDetail } from '../../../../contracts/checklist-register.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { PersonSelect } from '../../people/PersonSelect.tsx';
import { createInspection, fetchTemplate } from './api.ts';

interface Row {
  finding?: Finding;
  note?: string;
  owner?: number | null;
  due?: Dayjs | null;
}
interface Values {
  assignmentId: number;
  quarter: number;
  inspectedOn: Dayjs;
  inspectors: string;
  note?: string;
  f?: Record<string, Row>;
}

/**
 * 新建检查: a unit (assignment) and quarter, then item by item 完成 / 部分完成 / 未完成
 * with a note; a partly or not done item may get a rectification owner and due date.
 */
export function InspectionFormModal({
  templateId,
  onClose,
  onDone,
}: {
  templateId: number;
  onClose(): void;
  onDone(id: number): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const tpl = useQuery({
    queryKey: ['checklist-register', 'template', templateId],
    queryFn: () => fetchTemplate(templateId),
  });
  const items = (tpl.data?.areas ?? []).flatMap((a) => a.items);
  const required = { required: true };
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const submit = (v: Values) =>
    createInspection({
      assignmentId: v.assignmentId,
      quarter: v.quarter,
      inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
      inspectors: v.inspectors,
      note: v.note || null,
      findings: items
        .filter((i) => v.f?.[String(i.id)]?.finding)
        .map((i) => {
          const r = v.f![String(i.id)]!;
          const rectify = r.finding !== 'done' && (r.owner || r.due);
          return {
            itemId: i.id,
            finding: r.finding!,
            note: r.note || null,
            ...(rectify
              ? { rectifyOwnerPersonId: r.owner ?? null, rectifyDue: r.due?.format('YYYY-MM-DD') ?? null }
              : {}),
          };
        }),
    });
  const save = useMutation({
    mutationFn: submit,
    onSuccess: (d: InspectionDetail) => {
      message.success(t('clr.inspection.saved'));
      onDone(d.id);
    },
    onError: (err) => onError(err, { form, fields: ['assignmentId', 'quarter', 'inspectedOn', 'inspectors', 'note'] }),
  });
  return (
    <Modal
      open
      title={t('clr.inspection.new')}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'inspection-save' } as ButtonProps}
      width={760}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      maskClosable={false}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ quarter: Math.floor(dayjs().month() / 3) + 1, inspectedOn: dayjs() }}
        onFinish={(v) => save.mutate(v)}
      >
        {!tpl.data ? (
          <Spin />
        ) : (
          <>
            <Form.Item name="assignmentId" label={t('clr.unit')} rules={[required]}>
              <Select
                data-testid="inspection-unit"
                placeholder={t('clr.inspection.pickUnit')}
                showSearch
                optionFilterProp="label"
                options={tpl.data.assignments.map((a) => ({ value: a.id, label: a.unit.name }))}
              />
            </Form.Item>
            <Form.Item name="quarter" label={t('clr.inspection.quarter')} rules={[required]}>
              <Radio.Group
                optionType="button"
                options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('clr.quarter', { q }) }))}
              />
            </Form.Item>
            <Form.Item name="inspectedOn" label={t('clr.inspection.inspectedOn')} rules={[required]}>
              <DatePicker
                inputReadOnly
                allowClear={false}
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
            <Form.Item name="inspectors" label={t('clr.inspection.inspectors')} rules={[required, { max: 500 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="note" label={t('clr.inspection.note')} rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Typography.Title level={5}>{t('clr.inspection.items')}</Typography.Title>
            {items.map((i) => (
              <Card
                key={i.id}
                size="small"
                style={{ marginBottom: 8 }}
                title={`${i.ordinal}. ${i.title}`}
                data-testid="inspection-item"
              >
                <Form.Item name={['f', String(i.id), 'finding']} style={{ marginBottom: 8 }}>
                  <Radio.Group options={FINDINGS.map((f) => ({ value: f, label: t(`clr.finding.${f}`) }))} />
                </Form.Item>
                <Form.Item name={['f', String(i.id), 'note']} style={{ marginBottom: 8 }} rules={[{ max: 1000 }]}>
                  <Input placeholder={t('clr.inspection.findingNote')} />
                </Form.Item>
                <Form.Item noStyle dependencies={[['f', String(i.id), 'finding']]}>
                  {({ getFieldValue }) => {
                    const f = getFieldValue(['f', String(i.id), 'finding']) as Finding | undefined;
                    return f === 'partly' || f === 'not_done' ? (
                      <>
                        <Form.Item
                          name={['f', String(i.id), 'owner']}
                          label={t('clr.inspection.owner')}
                          style={{ marginBottom: 8 }}
                        >
                          <PersonSelect />
                        </Form.Item>
                        <Form.Item
                          name={['f', String(i.id), 'due']}
                          label={t('clr.inspection.due')}
                          style={{ marginBottom: 0 }}
                        >
                          <DatePicker inputReadOnly style={{ width: '100%' }} />
                        </Form.Item>
                      </>
                    ) : null;
                  }}
                </Form.Item>
              </Card>
            ))}
          </>
        )}
      </Form>
    </Modal>
  );
}
