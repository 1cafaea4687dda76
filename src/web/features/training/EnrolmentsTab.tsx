import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Table, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Enrolment, EnrolmentStatus, SessionDetail } from '../../../contracts/training.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { AttendanceModal } from './AttendanceModal.tsx';
import { fetchEnrolments, removeEnrolment, trainingKeys } from './api.ts';
import { InviteModal } from './InviteModal.tsx';
import { formatHours, hasStarted, removable } from './labels.ts';
import { AttendanceRate } from './SessionCounts.tsx';
import { StatusTag } from './Tags.tsx';

/** 学员与签到: who is enrolled and how they did; managers invite, remove the merely invited, and mark attendance in bulk. */
export function EnrolmentsTab({ session }: { session: SessionDetail }) {
  const t = useT();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const manage = session.can.manage;
  const [selected, setSelected] = useState<number[]>([]);
  const [marking, setMarking] = useState<EnrolmentStatus | null>(null);
  const [inviting, setInviting] = useState(false);
  const list = useQuery({ queryKey: trainingKeys.enrolments(session.id), queryFn: () => fetchEnrolments(session.id) });
  const reload = () => void qc.invalidateQueries({ queryKey: trainingKeys.all });
  const remove = useMutation({
    mutationFn: (e: Enrolment) => removeEnrolment(session.id, e.personId),
    onSuccess: () => {
      void message.success(t('trn.enrol.removed'));
      reload();
    },
    onError: (err) => onError(err),
  });
  if (list.isError && !list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data ?? [];
  const started = hasStarted(session.startsOn, dayjs().format('YYYY-MM-DD'));
  const none = selected.length === 0;
  const markButton = (status: EnrolmentStatus, label: string, needsStart: boolean) => {
    const blocked = needsStart && !started;
    const button = (
      <Button size="small" disabled={none || blocked} onClick={() => setMarking(status)} data-testid={`mark-${status}`}>
        {label}
      </Button>
    );
    return blocked ? (
      <Tooltip title={t('trn.session.notStarted')} key={status}>
        {button}
      </Tooltip>
    ) : (
      <span key={status}>{button}</span>
    );
  };
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <AttendanceRate counts={session.counts} />
        {manage && (
          <Button type="primary" size="small" onClick={() => setInviting(true)} data-testid="enrol-invite">
            {t('trn.enrol.invite')}
          </Button>
        )}
      </Flex>
      {manage && !started && <Alert type="info" showIcon message={t('trn.session.notStarted')} />}
      {manage && items.length > 0 && (
        <Flex gap={8} wrap align="center" data-testid="enrol-bulk">
          <Typography.Text type="secondary">{t('trn.enrol.selected', { n: selected.length })}</Typography.Text>
          {markButton('attended', t('trn.enrol.markAttended'), true)}
          {markButton('absent', t('trn.enrol.markAbsent'), true)}
          {markButton('invited', t('trn.enrol.markInvited'), false)}
        </Flex>
      )}
      <Table<Enrolment>
        rowKey="personId"
        size="small"
        loading={list.isPending}
        dataSource={items}
        pagination={items.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('trn.enrol.empty') }}
        data-testid="enrolment-table"
        rowSelection={
          manage
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)), columnWidth: 32 }
            : undefined
        }
        columns={[
          {
            title: t('trn.enrol.name'),
            render: (_, e) => <Link to={`/training/people/${e.personId}`}>{e.name}</Link>,
          },
          { title: t('trn.enrol.employeeNo'), dataIndex: 'employeeNo' },
          { title: t('trn.enrol.status'), render: (_, e) => <StatusTag status={e.status} /> },
          { title: t('trn.enrol.hours'), render: (_, e) => formatHours(e.hours), align: 'right' },
          { title: t('trn.enrol.reason'), render: (_, e) => e.absenceReason ?? '—' },
          { title: t('trn.enrol.unit'), render: (_, e) => e.unit.name },
          { title: t('trn.enrol.position'), render: (_, e) => e.position ?? '—' },
          { title: t('trn.enrol.source'), render: (_, e) => t(`trn.source.${e.source}`) },
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, e: Enrolment) =>
                    removable(e) ? (
                      <Button
                        size="small"
                        type="link"
                        danger
                        data-testid="enrol-remove"
                        onClick={() =>
                          modal.confirm({
                            title: t('trn.enrol.remove'),
                            content: t('trn.enrol.removeConfirm', { name: e.name }),
                            okButtonProps: { danger: true },
                            onOk: () => remove.mutateAsync(e).catch(() => undefined),
                          })
                        }
                      >
                        {t('trn.enrol.remove')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {marking && (
        <AttendanceModal
          session={session}
          personIds={selected}
          status={marking}
          onClose={() => setMarking(null)}
          onDone={() => {
            void message.success(t('trn.enrol.saved', { n: selected.length }));
            setMarking(null);
            setSelected([]);
            reload();
          }}
        />
      )}
      {inviting && (
        <InviteModal
          session={session}
          onClose={() => setInviting(false)}
          onDone={(r) => {
            setInviting(false);
            void message.success(t('trn.invite.ok', r));
            reload();
          }}
        />
      )}
    </Flex>
  );
}
