import { useQuery } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Entry, Register } from '../../../../contracts/checklist-register.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { formatDate } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { AddFilesButton } from '../../records/AttachmentButtons.tsx';
import { PendingFiles } from '../../records/PendingFiles.tsx';
import { uploadAll } from '../../records/uploadAll.ts';
import { createEntry, registerKeys, unitRecords, uploadEntryAttachment } from './api.ts';

interface Values {
  completedOn: Dayjs;
  evidence: string;
  quantity?: number | null;
  recordId?: number | null;
}

/** 登记一项: date, evidence, the quantity of a hand-measured target, a linked record, files. */
export function EntryFormModal({ register, onClose, onDone }: { register: Register; onClose(): void; onDone(): void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [files, setFiles] = useState<File[]>([]);
  const { item, assignment } = register;
  const withQuantity = item.measure === 'manual' && item.targetValue !== null;
  const records = useQuery({
    queryKey: registerKeys.records(assignment.unit.id, assignment.year),
    queryFn: () => unitRecords(assignment.unit.id, assignment.year),
  });
  const today = dayjs();
  const yearStart = dayjs(`${assignment.year}-01-01`);
  const yearEnd = dayjs(`${assignment.year}-12-31`);
  const initial = today.isBefore(yearEnd) ? today : yearEnd;
  const required = { required: true, message: t('clr.field.evidence') };
  const submit = async (v: Values): Promise<Entry> => {
    const entry = await createEntry({
      assignmentId: assignment.id,
      itemId: item.id,
      completedOn: v.completedOn.format('YYYY-MM-DD'),
      evidence: v.evidence,
      ...(withQuantity ? { quantity: v.quantity ?? null } : {}),
      recordId: v.recordId ?? null,
    });
    const problems = await uploadAll(files, (f) => uploadEntryAttachment(entry.id, f));
    if (problems.length) {
      modal.warning({
        title: t('clr.add.uploadProblems'),
        content: problems.map((p) => `${p.fileName}: ${p.message}`).join('\n'),
      });
    }
    return entry;
  };
  return (
    <FormModal<Values, Entry>
      title={t('clr.add')}
      okText={t('common.save')}
      width={560}
      initialValues={{ completedOn: initial }}
      submit={submit}
      onDone={() => {
        message.success(t('clr.add.saved'));
        onDone();
      }}
      onClose={onClose}
      errors={{ fields: ['completedOn', 'evidence', 'quantity', 'recordId'] }}
    >
      <Form.Item name="completedOn" label={t('clr.field.completedOn')} rules={[{ required: true }]}>
        <DatePicker
          inputReadOnly
          allowClear={false}
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(yearStart, 'day') || d.isAfter(today, 'day') || d.isAfter(yearEnd, 'day')}
        />
      </Form.Item>
      <Form.Item name="evidence" label={t('clr.field.evidence')} rules={[required, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('clr.field.evidenceHint')} />
      </Form.Item>
      {withQuantity ? (
        <Form.Item name="quantity" label={t('clr.field.quantity')} rules={[{ required: true }]}>
          <InputNumber min={0.01} step={1} style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
      <Form.Item name="recordId" label={t('clr.field.record')}>
        <Select<number | null>
          allowClear
          showSearch
          optionFilterProp="label"
          loading={records.isLoading}
          placeholder={t('clr.field.recordHint')}
          options={(records.data?.items ?? []).map((r) => ({
            value: r.id,
            label: `${formatDate(r.occurredAt)} ${r.title}`,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('clr.field.files')}>
        <AddFilesButton multiple busy={false} onAdd={(added) => setFiles((prev) => [...prev, ...added])} />
        <PendingFiles files={files} onChange={setFiles} />
      </Form.Item>
    </FormModal>
  );
}
