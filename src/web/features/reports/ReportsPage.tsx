import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Progress, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReportJob } from '../../../contracts/reports.ts';
import { downloadFrom } from '../../app/api/download.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDateTime, formatFileSize } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { createReport, listReports, reportFilePath, reportKeys } from './api.ts';
import { currentQuarter, inProgress, progressPercent, reportPeriods } from './periods.ts';

const STATUS_COLOR = { queued: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

/** 统计报表: choose a unit and a quarter or year, generate the workbook in the background, download it. */
export default function ReportsPage() {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const qc = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [period, setPeriod] = useState(currentQuarter(today));
  const periodLabel = (p: string) =>
    p.includes('-Q')
      ? t('reports.period.quarter', { year: p.slice(0, 4), q: p.slice(6) })
      : t('reports.period.year', { year: p });
  const options = reportPeriods(today).map((p) => ({ value: p, label: periodLabel(p) }));
  const jobs = useQuery({
    queryKey: reportKeys.list,
    queryFn: listReports,
    // Poll every 2 s while any job is queued or running.
    refetchInterval: (q) => (q.state.data?.items.some((j) => inProgress(j.status)) ? 2_000 : false),
  });
  const create = useMutation({
    mutationFn: () => createReport({ unitId: unitId!, period }),
    onSuccess: async () => {
      void message.success(t('reports.created'));
      await qc.invalidateQueries({ queryKey: reportKeys.list });
    },
    onError: (err) => onError(err),
  });
  const printUrl = `/reports/print?${new URLSearchParams({ ...(unitId ? { unitId: String(unitId) } : {}), period })}`;

  return (
    <PageContainer title={t('menu.reports')}>
      <Flex vertical gap={16}>
        <Card>
          <Form layout="vertical" style={{ maxWidth: 560 }}>
            <Form.Item label={t('reports.form.unit')} required>
              <UnitTreeSelect value={unitId} onChange={setUnitId} allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={t('reports.form.period')} required>
              <Select value={period} onChange={setPeriod} options={options} style={{ width: '100%' }} />
            </Form.Item>
            <Flex gap={8} wrap>
              <Button type="primary" disabled={!unitId} loading={create.isPending} onClick={() => create.mutate()}>
                {t('reports.form.generate')}
              </Button>
              <Button icon={<PrinterOutlined />} disabled={!unitId} href={printUrl} target="_blank">
                {t('reports.form.print')}
              </Button>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('reports.form.hint')}
            </Typography.Paragraph>
          </Form>
        </Card>
        <Card title={t('reports.list.title')}>
          <Table<ReportJob>
            rowKey="id"
            size="small"
            loading={jobs.isLoading}
            dataSource={jobs.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('reports.list.empty') }}
            columns={[
              { title: t('reports.col.unit'), dataIndex: ['unit', 'name'] },
              { title: t('reports.col.period'), dataIndex: 'period', render: (p: string) => periodLabel(p) },
              {
                title: t('reports.col.status'),
                dataIndex: 'status',
                render: (_: unknown, j) => (
                  <Flex vertical>
                    <Tag color={STATUS_COLOR[j.status]}>{t(`reports.status.${j.status}`)}</Tag>
                    {j.status === 'failed' && j.error ? (
                      <Typography.Text type="danger" style={{ maxWidth: 280 }}>
                        {j.error}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: t('reports.col.progress'),
                key: 'progress',
                render: (_: unknown, j) => (
                  <div style={{ width: 180 }}>
                    <Progress
                      percent={progressPercent(j.done, j.total)}
                      size="small"
                      status={j.status === 'failed' ? 'exception' : j.status === 'done' ? 'success' : 'active'}
                      format={() => `${j.done}/${j.total}`}
                    />
                    {inProgress(j.status) && j.step ? (
                      <Typography.Text type="secondary">{t('reports.step', { step: j.step })}</Typography.Text>
                    ) : null}
                  </div>
                ),
              },
              { title: t('reports.col.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
              {
                title: t('reports.col.actions'),
                key: 'actions',
                render: (_: unknown, j) =>
                  j.status === 'done' ? (
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      onClick={() =>
                        downloadFrom(reportFilePath(j.id), j.fileName ?? 'report.xlsx').catch((err) => onError(err))
                      }
                    >
                      {t('reports.download')}
                      {j.fileSize ? ` (${formatFileSize(j.fileSize)})` : ''}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Flex>
    </PageContainer>
  );
}
