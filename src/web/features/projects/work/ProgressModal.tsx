import { App, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ProjectDetail } from '../../../../contracts/project-work.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { formatDate } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { PendingFiles } from '../../records/PendingFiles.tsx';
import { uploadAll } from '../../records/uploadAll.ts';
import { createProgress, uploadProgressAttachment } from './api.ts';
import { PastDatePicker } from './PastDatePicker.tsx';

interface Values {
  occurredOn: Dayjs;
  content: string;
  milestoneId?: number | null;
}

/** 记录进展: the day, what was done, the milestone it served, and evidence files (uploaded once the entry exists). */
export function ProgressModal({
  project,
  onClose,
  onDone,
}: {
  project: ProjectDetail;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [files, setFiles] = useState<File[]>([]);
  const today = dayjs();
  const submit = async (v: Values) => {
    const created = await createProgress(project.id, {
      occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      content: v.content,
      milestoneId: v.milestoneId ?? null,
    });
    const problems = await uploadAll(files, (f) => uploadProgressAttachment(created.id, f));
    if (problems.length) {
      modal.warning({
        title: t('prw.progress.uploadProblems'),
        content: problems.map((p) => `${p.fileName}: ${p.message}`).join('\n'),
      });
    }
    return created;
  };
  return (
    <FormModal<Values, unknown>
      title={t('prw.progress.add')}
      okText={t('common.save')}
      width={560}
      initialValues={{ occurredOn: today }}
      submit={submit}
      onDone={() => {
        void message.success(t('prw.progress.saved'));
        onDone();
      }}
      onClose={onClose}
      errors={{ fields: ['occurredOn', 'content', 'milestoneId'] }}
    >
      <Form.Item name="occurredOn" label={t('prw.progress.occurredOn')} rules={[{ required: true }]}>
        <PastDatePicker />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('prw.progress.content')}
        rules={[{ required: true, whitespace: true, message: t('prw.progress.contentHint') }, { max: 8000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} placeholder={t('prw.progress.contentHint')} />
      </Form.Item>
      {project.milestones.length ? (
        <Form.Item name="milestoneId" label={t('prw.progress.milestone')}>
          <Select<number | null>
            allowClear
            options={project.milestones.map((m) => ({
              value: m.id,
              label: t('prw.aside', { text: m.title, aside: formatDate(m.dueOn) }),
            }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t('prw.progress.files')}>
        <PendingFiles files={files} onChange={setFiles} />
      </Form.Item>
    </FormModal>
  );
}
