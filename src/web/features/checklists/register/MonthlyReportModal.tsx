import { App, Descriptions, Form, Input, Modal } from 'antd';
import type { MonthlyReport } from '../../../../contracts/checklist-register.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { commentMonthly, putMonthly } from './api.ts';

interface Values {
  partyWork: string;
  keyBusiness?: string | null;
  problems?: string | null;
  nextPlan?: string | null;
}

/** A unit's report of a month: written or revised (until commented), or read with its comment. */
export function MonthlyReportModal({
  readOnly,
  month,
  unitName,
  assignmentId,
  report,
  onClose,
  onDone,
}: {
  readOnly: boolean;
  month: string;
  unitName: string;
  assignmentId: number;
  report: MonthlyReport | null;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const title = t('clr.monthly.title', { unit: unitName, month });
  if (readOnly && report) {
    return (
      <Modal open title={title} footer={null} onCancel={onClose}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('clr.monthly.partyWork')}>{report.partyWork}</Descriptions.Item>
          <Descriptions.Item label={t('clr.monthly.keyBusiness')}>{report.keyBusiness ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('clr.monthly.problems')}>{report.problems ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('clr.monthly.nextPlan')}>{report.nextPlan ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('clr.monthly.submittedBy')}>
            {report.submittedBy.name} {formatDateTime(report.submittedAt)}
          </Descriptions.Item>
          {report.comment ? (
            <Descriptions.Item label={t('clr.monthly.commentField')}>
              {report.comment}（{report.commentedBy?.name} {formatDateTime(report.commentedAt)}）
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Modal>
    );
  }
  const text = { autoSize: { minRows: 2, maxRows: 8 } };
  return (
    <FormModal<Values, MonthlyReport>
      title={title}
      okText={t('common.save')}
      width={600}
      initialValues={report ?? {}}
      submit={(v) =>
        putMonthly({
          assignmentId,
          month,
          partyWork: v.partyWork,
          keyBusiness: v.keyBusiness || null,
          problems: v.problems || null,
          nextPlan: v.nextPlan || null,
          ...(report ? { version: report.version } : {}),
        })
      }
      onDone={() => {
        message.success(t('clr.monthly.saved'));
        onDone();
      }}
      onClose={onClose}
      errors={{ fields: ['partyWork', 'keyBusiness', 'problems', 'nextPlan'], onStale: onDone }}
    >
      <Form.Item name="partyWork" label={t('clr.monthly.partyWork')} rules={[{ required: true }, { max: 5000 }]}>
        <Input.TextArea {...text} />
      </Form.Item>
      <Form.Item name="keyBusiness" label={t('clr.monthly.keyBusiness')} rules={[{ max: 5000 }]}>
        <Input.TextArea {...text} />
      </Form.Item>
      <Form.Item name="problems" label={t('clr.monthly.problems')} rules={[{ max: 5000 }]}>
        <Input.TextArea {...text} />
      </Form.Item>
      <Form.Item name="nextPlan" label={t('clr.monthly.nextPlan')} rules={[{ max: 5000 }]}>
        <Input.TextArea {...text} />
      </Form.Item>
    </FormModal>
  );
}

/** 点评: the supervisor's comment on a report (locks the report against edits). */
export function CommentModal({ report, onClose, onDone }: { report: MonthlyReport; onClose(): void; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <FormModal<{ comment: string }, MonthlyReport>
      title={t('clr.monthly.comment')}
      okText={t('common.save')}
      initialValues={{ comment: report.comment ?? '' }}
      submit={(v) => commentMonthly(report.id, { comment: v.comment, version: report.version })}
      onDone={() => {
        message.success(t('clr.monthly.saved'));
        onDone();
      }}
      onClose={onClose}
      errors={{ fields: ['comment'], onStale: onDone }}
    >
      <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('clr.monthly.partyWork')}>{report.partyWork}</Descriptions.Item>
        {report.problems ? (
          <Descriptions.Item label={t('clr.monthly.problems')}>{report.problems}</Descriptions.Item>
        ) : null}
      </Descriptions>
      <Form.Item name="comment" label={t('clr.monthly.commentField')} rules={[{ required: true }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}
