import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CoverageRow } from '../../../contracts/talks.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { type CoverageQuery, exportCoverage, fetchCoverage, talkKeys } from './api.ts';
import { formatCoverage, yearChoices } from './labels.ts';

const nowrap = { whiteSpace: 'nowrap' as const };

/** 覆盖率: per branch, the committee × committee and committee × member pairs with a talk this year, counts only. */
export function CoverageTab() {
  const t = useT();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [unitId, setUnitId] = useState<number | null>(null);
  const q: CoverageQuery = { year, ...(unitId ? { unitId } : {}) };
  const query = useQuery({
    queryKey: talkKeys.coverage(q),
    queryFn: () => fetchCoverage(q),
    placeholderData: keepPreviousData,
  });
  const data = query.data;

  const columns: ColumnsType<CoverageRow> = [
    { title: t('talk.cov.partyOrg'), dataIndex: ['partyOrg', 'name'], fixed: 'left' },
    { title: t('talk.cov.unit'), dataIndex: ['unit', 'name'] },
    { title: t('talk.cov.committee'), dataIndex: 'committee', align: 'right' },
    { title: t('talk.cov.members'), dataIndex: 'members', align: 'right' },
    {
      title: t('talk.cov.pairs'),
      align: 'right',
      render: (_, r) => <span style={nowrap}>{formatCoverage(r.pairs)}</span>,
    },
    { title: t('talk.cov.talks'), dataIndex: 'talks', align: 'right' },
    { title: t('talk.cov.dueOpen'), dataIndex: 'dueOpen', align: 'right' },
    {
      title: t('talk.cov.dueOverdue'),
      align: 'right',
      render: (_, r) => (r.dueOverdue ? <Tag color="error">{r.dueOverdue}</Tag> : 0),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Select<number>
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          aria-label={t('talk.cov.year')}
          options={yearChoices(thisYear).map((y) => ({ value: y, label: String(y) }))}
        />
        <UnitTreeSelect
          value={unitId}
          onChange={setUnitId}
          placeholder={t('filter.unitAll')}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <ExportButton run={() => exportCoverage(q)} />
      </Flex>
      {query.isError && !data ? (
        <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {data ? (
            <Card size="small" data-testid="coverage-total">
              <Flex wrap gap={24} align="center">
                <Statistic
                  title={t('talk.cov.total', { year: data.year, unit: data.unit.name })}
                  value={formatCoverage(data.total)}
                />
                {data.dueOverdue ? (
                  <Tag color="error">{t('talk.cov.totalOverdue', { count: data.dueOverdue })}</Tag>
                ) : null}
              </Flex>
            </Card>
          ) : null}
          <Table<CoverageRow>
            data-testid="coverage-table"
            rowKey={(r) => r.partyOrg.id}
            size="small"
            loading={query.isFetching}
            columns={columns}
            dataSource={data?.rows ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('talk.cov.empty') }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('talk.cov.hint')}
          </Typography.Text>
        </>
      )}
    </Flex>
  );
}
