import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { MonthlyReport, MonthlyReportList } from '../../../../contracts/checklist-register.ts';
import { formatDateTime } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { fetchMonthly, registerKeys } from './api.ts';
import { CommentModal, MonthlyReportModal } from './MonthlyReportModal.tsx';

type Row = MonthlyReportList['rows'][number];
type Open = { kind: 'edit' | 'comment' | 'view'; row: Row } | null;

/** 一月一汇报: the month's report of every assigned unit in scope; 未报 counted. */
export function MonthlyTab({ templateId }: { templateId: number | undefined }) {
  const t = useT();
  const me = useMe();
  // Opens on last month: the latest report that is due (this month's is written at its end).
  const [month, setMonth] = useState(() => dayjs().subtract(1, 'month').format('YYYY-MM'));
  const [open, setOpen] = useState<Open>(null);
  const canRegister = me.permissions.includes('checklists.register');
  const canReview = me.permissions.includes('checklists.review');
  const list = useQuery({
    queryKey: registerKeys.monthly(templateId ?? 0, month),
    queryFn: () => fetchMonthly(templateId!, month),
    enabled: templateId !== undefined,
  });
  if (templateId === undefined) return <Empty description={t('clr.noTemplate')} />;
  if (list.isError) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const state = (r: MonthlyReport | null) =>
    r === null ? (
      <Tag color="red">{t('clr.monthly.notSubmitted')}</Tag>
    ) : r.commentedAt ? (
      <Tag color="green">{t('clr.monthly.commented')}</Tag>
    ) : (
      <Tag color="blue">{t('clr.monthly.submitted')}</Tag>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Flex wrap gap={8} align="center">
        <span>{t('clr.monthly.month')}</span>
        <DatePicker
          picker="month"
          inputReadOnly
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
        />
        {list.data && list.data.missing > 0 ? (
          <Alert type="warning" showIcon message={t('clr.monthly.missing', { n: list.data.missing })} />
        ) : null}
      </Flex>
      <Table<Row>
        rowKey={(r) => r.assignment.id}
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('clr.unit'), render: (_, r) => r.assignment.unit.name },
          { title: t('clr.monthly.state'), render: (_, r) => state(r.report) },
          {
            title: t('clr.monthly.partyWork'),
            render: (_, r) =>
              r.report ? (
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 320 }}>
                  {r.report.partyWork}
                </Typography.Paragraph>
              ) : null,
          },
          {
            title: t('clr.monthly.submittedBy'),
            render: (_, r) => (r.report ? `${r.report.submittedBy.name} ${formatDateTime(r.report.submittedAt)}` : ''),
          },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space size={0} wrap>
                {r.report ? (
                  <Button size="small" type="link" onClick={() => setOpen({ kind: 'view', row: r })}>
                    {t('clr.monthly.view')}
                  </Button>
                ) : null}
                {canRegister && !r.report?.commentedAt ? (
                  <Button
                    size="small"
                    type="link"
                    data-testid="monthly-submit"
                    onClick={() => setOpen({ kind: 'edit', row: r })}
                  >
                    {r.report ? t('clr.monthly.edit') : t('clr.monthly.submit')}
                  </Button>
                ) : null}
                {canReview && r.report ? (
                  <Button
                    size="small"
                    type="link"
                    data-testid="monthly-comment"
                    onClick={() => setOpen({ kind: 'comment', row: r })}
                  >
                    {t('clr.monthly.comment')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {open && open.kind !== 'comment' ? (
        <MonthlyReportModal
          readOnly={open.kind === 'view'}
          month={month}
          unitName={open.row.assignment.unit.name}
          assignmentId={open.row.assignment.id}
          report={open.row.report}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            void list.refetch();
          }}
        />
      ) : null}
      {open?.kind === 'comment' && open.row.report ? (
        <CommentModal
          report={open.row.report}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            void list.refetch();
          }}
        />
      ) : null}
    </Space>
  );
}
