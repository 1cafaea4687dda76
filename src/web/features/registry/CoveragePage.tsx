import { PageContainer } from '@ant-design/pro-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { withQuery } from '../../app/api/client.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { usePaging } from '../../app/paging.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useTabParam } from '../../app/useTabParam.ts';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import type { PeopleFilters } from '../people/api.ts';
import { PeopleTable } from '../people/PeopleTable.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { exportBlankOutlets, fetchRates, listBlankOutlets, registryKeys } from './api.ts';
import { RateFigure } from './RateFigure.tsx';

const shape = { unitId: z.coerce.number().int().positive().optional() };
const KEYS = ['unitId'] as const;

interface BlankOutletRow {
  id: number;
  code: string;
  name: string;
  parent: { id: number; name: string } | null;
  staff: number;
}

/** 无党员网点: outlets whose active staff include no party member, with the rate and the export. */
function BlankOutlets({ unitId }: { unitId: number | undefined }) {
  const t = useT();
  const { page, pageSize, pagination } = usePaging({ resetOn: unitId });
  const query = useQuery({
    queryKey: registryKeys.blankOutlets(unitId ?? null, page, pageSize),
    queryFn: () => listBlankOutlets({ unitId, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        {data ? <RateFigure label={t('rate.blankOutlets')} rate={data.rate} testId="blank-outlets-rate" /> : <span />}
        <ExportButton run={() => exportBlankOutlets(unitId)} />
      </Flex>
      <Table<BlankOutletRow>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('coverage.noBlankOutlets') }}
        pagination={pagination(data?.total ?? 0)}
        columns={[
          { title: t('unit.code'), key: 'code', dataIndex: 'code' },
          {
            title: t('coverage.outlet'),
            key: 'name',
            render: (_, o) => <Link to={`/units/${o.id}`}>{o.name}</Link>,
          },
          {
            title: t('coverage.parent'),
            key: 'parent',
            render: (_, o) => (o.parent ? <Link to={`/units/${o.parent.id}`}>{o.parent.name}</Link> : '—'),
          },
          {
            title: t('coverage.staff'),
            key: 'staff',
            align: 'right',
            render: (_, o) => <Link to={withQuery('/people', { unitId: o.id })}>{o.staff}</Link>,
          },
        ]}
      />
    </>
  );
}

/** 组织关系在地方的党员: members whose party relation is held outside, with the rate. */
function ExternalMembers({ unitId }: { unitId: number | undefined }) {
  const t = useT();
  const fixed: PeopleFilters = { unitId, partyStatus: 'member', partyRelation: 'outside' };
  const [filters, setFilters] = useState<PeopleFilters>(fixed);
  const rates = useQuery({ queryKey: registryKeys.rates(unitId ?? null), queryFn: () => fetchRates(unitId ?? null) });
  return (
    <>
      <div style={{ marginBottom: 12 }}>
        {rates.data ? (
          <RateFigure label={t('rate.externalMembers')} rate={rates.data.externalMembers} testId="external-rate" />
        ) : rates.isError ? (
          <Typography.Text type="danger">{rates.error.message}</Typography.Text>
        ) : null}
      </div>
      <PeopleTable
        embedded
        filters={{ ...filters, ...fixed }}
        onFiltersChange={setFilters}
        locked={['unitId', 'partyStatus', 'partyRelation']}
        persistenceKey="liandian.columns.external-members"
      />
    </>
  );
}

/**
 * 无党员网点与组织关系在地方的党员 for any subtree: the two gaps the party-building
 * departments close (pairing a representative with each blank outlet, bringing
 * relations home), each with its rate as numerator / denominator.
 */
export default function CoveragePage() {
  const t = useT();
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const [tab, setTab] = useTabParam(['blank', 'external'] as const);
  return (
    <PageContainer title={t('coverage.title')}>
      <Card>
        <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
          <Typography.Text>{t('coverage.subtree')}</Typography.Text>
          <UnitTreeSelect
            value={filters.unitId ?? null}
            onChange={(id) => setFilters({ unitId: id ?? undefined })}
            placeholder={t('filter.unitAll')}
            style={{ width: 260, maxWidth: '100%' }}
          />
        </Flex>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            {
              key: 'blank',
              label: t('coverage.blankTab'),
              children: <BlankOutlets key={filters.unitId ?? 0} unitId={filters.unitId} />,
            },
            {
              key: 'external',
              label: t('coverage.externalTab'),
              children: <ExternalMembers key={filters.unitId ?? 0} unitId={filters.unitId} />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
