import { App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Milestone } from '../../../../contracts/project-work.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { createMilestone, updateMilestone } from './api.ts';
import { PastDatePicker } from './PastDatePicker.tsx';

interface Values {
  title: string;
  dueOn: Dayjs;
  doneOn?: Dayjs;
  doneNote?: string;
}

export type MilestoneEdit = { mode: 'create' } | { mode: 'edit' | 'done'; milestone: Milestone };

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Add a milestone, edit its title and due date, or mark it done (the day, not in the future, and what was done). */
export function MilestoneModal({
  projectId,
  edit,
  onClose,
  onDone,
  onStale,
}: {
  projectId: number;
  edit: MilestoneEdit;
  onClose(): void;
  onDone(): void;
  onStale(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const today = dayjs();
  const m = edit.mode === 'create' ? null : edit.milestone;
  const marking = edit.mode === 'done';
  const submit = (v: Values) => {
    if (!m) return createMilestone(projectId, { title: v.title, dueOn: day(v.dueOn) });
    return updateMilestone(m.id, {
      title: marking ? m.title : v.title,
      dueOn: marking ? m.dueOn : day(v.dueOn),
      doneOn: marking ? (v.doneOn ? day(v.doneOn) : null) : m.doneOn,
      doneNote: marking ? v.doneNote?.trim() || null : m.doneNote,
      version: m.version,
    });
  };
  const title = marking
    ? t('prw.milestone.markDoneOf', { title: m?.title ?? '' })
    : m
      ? t('prw.milestone.edit')
      : t('prw.milestone.add');
  return (
    <FormModal<Values, unknown>
      title={title}
      okText={t('common.save')}
      width={480}
      initialValues={
        m
          ? {
              title: m.title,
              dueOn: dayjs(m.dueOn),
              doneOn: m.doneOn ? dayjs(m.doneOn) : today,
              doneNote: m.doneNote ?? '',
            }
          : {}
      }
      submit={submit}
      onDone={() => {
        void message.success(t('prw.milestone.saved'));
        onDone();
      }}
      onClose={onClose}
      errors={{ fields: ['title', 'dueOn', 'doneOn', 'doneNote'], onStale }}
    >
      {marking ? (
        <>
          <Form.Item name="doneOn" label={t('prw.milestone.doneOn')} rules={[{ required: true }]}>
            <PastDatePicker />
          </Form.Item>
          <Form.Item name="doneNote" label={t('prw.milestone.doneNote')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item
            name="title"
            label={t('prw.milestone.title')}
            rules={[{ required: true, whitespace: true }, { max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="dueOn" label={t('prw.milestone.dueOn')} rules={[{ required: true }]}>
            <DatePicker inputReadOnly allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
