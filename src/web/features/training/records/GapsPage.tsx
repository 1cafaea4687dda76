import { SettingOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Progress,
  Row,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Gaps, Rate } from '../../../../contracts/training.ts';
import { withQuery } from '../../../app/api/client.ts';
import { ExportButton } from '../../../app/ExportButton.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { useTabParam } from '../../../app/useTabParam.ts';
import { exportGaps, fetchGaps, recordKeys } from './api.ts';
import { formatHours, ratePercent, rateText } from './figures.ts';
import { useYearUnit, YearUnitBar } from './filters.tsx';
import { usePersonColumns } from './personColumns.tsx';
import { RequirementsModal } from './RequirementsModal.tsx';

type Below = Gaps['belowHours'][number];
type Untrained = Gaps['secretariesUntrained'][number];
type NewSecretary = Gaps['newSecretaries'][number];
const TABS = ['below', 'secretaries', 'new'] as const;

/** One rate with what it counts: "numerator / denominator (xx.x%)", a bar, and the rule in words. */
function RateCard({ label, rate, hint, testId }: { label: string; rate: Rate; hint: string; testId: string }) {
  const t = useT();
  const pct = ratePercent(rate);
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, margin: '4px 0' }}>
        {rateText(rate)}
        {pct === null && (
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
            {t('trn.rec.noDenominator')}
          </Typography.Text>
        )}
      </div>
      <Progress percent={pct ?? 0} showInfo={false} size="small" status={pct === 100 ? 'success' : 'normal'} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {hint}
      </Typography.Paragraph>
    </Card>
  );
}

/** "Showing the first N of M" when the server capped a list. */
function Capped({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  if (shown >= total) return null;
  return <Alert type="warning" showIcon message={t('trn.rec.capped', { shown, total })} style={{ marginBottom: 8 }} />;
}

/**
 * 培训达标情况 for a subtree and year: the three rates with what they count, and
 * who is below: hours, secretaries without their centralized training, new
 * secretaries untrained (overdue or still within their window); export; 学时要求.
 */
export default function GapsPage() {
  const t = useT();
  const me = useMe();
  const canManage = me.permissions.includes('training.manage');
  const { year, unitId } = useYearUnit();
  const [tab, setTab] = useTabParam(TABS);
  const [reqOpen, setReqOpen] = useState(false);
  const gaps = useQuery({
    queryKey: recordKeys.gaps(year, unitId ?? null),
    queryFn: () => fetchGaps(year, unitId),
    placeholderData: keepPreviousData,
  });
  const data = gaps.data;
  const person = usePersonColumns(year);

  const belowColumns: TableColumnsType<Below> = [
    ...(person as TableColumnsType<Below>),
    {
      title: t('trn.rec.role'),
      key: 'role',
      render: (_, r) => <Tag color={r.role === 'leader' ? 'red' : 'default'}>{t(`trn.rec.role.${r.role}`)}</Tag>,
    },
    {
      title: t('trn.rec.hoursOfRequired'),
      key: 'hours',
      align: 'right',
      render: (_, r) => `${formatHours(r.hours)} / ${formatHours(r.required)}`,
    },
  ];
  const untrainedColumns: TableColumnsType<Untrained> = [
    ...(person as TableColumnsType<Untrained>),
    { title: t('trn.rec.centralized'), dataIndex: 'centralized', align: 'right' },
  ];
  const newColumns: TableColumnsType<NewSecretary> = [
    ...(person as TableColumnsType<NewSecretary>),
    { title: t('trn.rec.appointedOn'), dataIndex: 'appointedOn' },
    { title: t('trn.rec.windowEnds'), dataIndex: 'windowEnds' },
    {
      title: t('trn.rec.state'),
      key: 'state',
      render: (_, r) => (
        <Tag color={r.state === 'overdue' ? 'red' : 'gold'} data-testid={`new-state-${r.personId}`}>
          {t(`trn.rec.state.${r.state}`)}
        </Tag>
      ),
    },
  ];
  const table = <R extends { personId: number }>(
    rows: R[],
    columns: TableColumnsType<R>,
    empty: string,
    testId: string,
  ) => (
    <div data-testid={testId}>
      <Table<R>
        rowKey={(r) => `${r.personId}-${(r as { appointedOn?: string }).appointedOn ?? ''}`}
        columns={columns}
        dataSource={rows}
        size="small"
        loading={gaps.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      />
    </div>
  );

  return (
    <PageContainer
      title={t('trn.records.title')}
      extra={[
        <Link key="online" to={withQuery('/training/online', { year, unitId })}>
          {t('trn.rec.link.online')}
        </Link>,
      ]}
    >
      <Card styles={{ body: { padding: 12 } }}>
        <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
          <YearUnitBar />
          <Flex gap={8} wrap>
            <Button icon={<SettingOutlined />} onClick={() => setReqOpen(true)} data-testid="requirements-open">
              {t('trn.rec.req.button')}
            </Button>
            <ExportButton run={() => exportGaps(year, unitId)} />
          </Flex>
        </Flex>
        {gaps.isError && !data ? (
          <LoadFailed error={gaps.error} onRetry={() => void gaps.refetch()} />
        ) : !data ? (
          <PageLoading />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {data.unit.name} · {t('trn.rec.asOf', { today: data.today })} ·{' '}
              {t('trn.rec.req.summary', {
                member: data.requirements.memberHours,
                leader: data.requirements.leaderHours,
                centralized: data.requirements.centralizedPerYear,
                months: data.requirements.newSecretaryMonths,
              })}
            </Typography.Paragraph>
            <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
              <Col xs={24} md={8}>
                <RateCard
                  testId="rate-hours"
                  label={t('trn.rec.rate.hoursMet')}
                  rate={data.rates.hoursMet}
                  hint={t('trn.rec.rate.hoursMetHint', {
                    member: data.requirements.memberHours,
                    leader: data.requirements.leaderHours,
                  })}
                />
              </Col>
              <Col xs={24} md={8}>
                <RateCard
                  testId="rate-secretaries"
                  label={t('trn.rec.rate.secretariesTrained')}
                  rate={data.rates.secretariesTrained}
                  hint={t('trn.rec.rate.secretariesTrainedHint', { count: data.requirements.centralizedPerYear })}
                />
              </Col>
              <Col xs={24} md={8}>
                <RateCard
                  testId="rate-new-secretaries"
                  label={t('trn.rec.rate.newSecretariesTrained', { months: data.requirements.newSecretaryMonths })}
                  rate={data.rates.newSecretariesTrained}
                  hint={t('trn.rec.rate.newSecretariesTrainedHint', { months: data.requirements.newSecretaryMonths })}
                />
              </Col>
            </Row>
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={[
                {
                  key: 'below',
                  label: `${t('trn.rec.tab.belowHours')} (${data.counts.belowHours})`,
                  children: (
                    <>
                      <Capped shown={data.belowHours.length} total={data.counts.belowHours} />
                      {table(data.belowHours, belowColumns, t('trn.rec.noneBelowHours'), 'gaps-below')}
                    </>
                  ),
                },
                {
                  key: 'secretaries',
                  label: `${t('trn.rec.tab.secretariesUntrained')} (${data.counts.secretariesUntrained})`,
                  children: (
                    <>
                      <Capped shown={data.secretariesUntrained.length} total={data.counts.secretariesUntrained} />
                      {table(
                        data.secretariesUntrained,
                        untrainedColumns,
                        t('trn.rec.noneUntrained'),
                        'gaps-secretaries',
                      )}
                    </>
                  ),
                },
                {
                  key: 'new',
                  label: `${t('trn.rec.tab.newSecretaries')} (${
                    data.counts.newSecretariesOverdue + data.counts.newSecretariesOpen
                  })`,
                  children: (
                    <>
                      <Capped
                        shown={data.newSecretaries.length}
                        total={data.counts.newSecretariesOverdue + data.counts.newSecretariesOpen}
                      />
                      {table(data.newSecretaries, newColumns, t('trn.rec.noneNewSecretaries'), 'gaps-new')}
                    </>
                  ),
                },
              ]}
            />
          </>
        )}
      </Card>
      {reqOpen && <RequirementsModal year={year} canManage={canManage} onClose={() => setReqOpen(false)} />}
    </PageContainer>
  );
}
