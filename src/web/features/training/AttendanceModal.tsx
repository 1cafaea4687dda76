import { Alert, Form, Input, InputNumber } from 'antd';
import type { EnrolmentStatus, SessionDetail } from '../../../contracts/training.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { markAttendance } from './api.ts';
import { attendanceEntries, formatHours } from './labels.ts';

interface Values {
  hours?: number | null;
  absenceReason?: string;
}

const TITLES = {
  attended: 'trn.attend.titleAttended',
  absent: 'trn.attend.titleAbsent',
  invited: 'trn.attend.titleInvited',
} as const;

/** 标记出席 (hours, default the session's) / 缺席 (with the reason) / 恢复待签到 for the chosen people, in one request. */
export function AttendanceModal({
  session,
  personIds,
  status,
  onClose,
  onDone,
}: {
  session: SessionDetail;
  personIds: number[];
  status: EnrolmentStatus;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT();
  return (
    <FormModal<Values, unknown>
      title={t(TITLES[status], { n: personIds.length })}
      okText={t('common.save')}
      width={480}
      submit={(v) =>
        markAttendance(session.id, {
          entries: attendanceEntries(personIds, status, {
            hours: v.hours ?? null,
            absenceReason: v.absenceReason ?? null,
          }),
        })
      }
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['hours', 'absenceReason'], mapField: (f) => f.replace(/^entries\.\d+\./, '') }}
    >
      {status === 'attended' && (
        <Form.Item
          name="hours"
          label={t('trn.attend.hours')}
          extra={t('trn.attend.hoursHint', { hours: formatHours(session.creditHours) })}
        >
          <InputNumber
            min={0}
            max={session.creditHours}
            step={0.5}
            precision={1}
            placeholder={formatHours(session.creditHours)}
            style={{ width: 160 }}
            data-testid="attend-hours"
          />
        </Form.Item>
      )}
      {status === 'absent' && (
        <Form.Item
          name="absenceReason"
          label={t('trn.attend.reason')}
          rules={[{ required: true, whitespace: true, message: t('trn.form.required') }, { max: 200 }]}
        >
          <Input maxLength={200} placeholder={t('trn.attend.reasonHint')} data-testid="attend-reason" />
        </Form.Item>
      )}
      {status === 'invited' && <Alert type="warning" showIcon message={t('trn.attend.invitedHint')} />}
    </FormModal>
  );
}
