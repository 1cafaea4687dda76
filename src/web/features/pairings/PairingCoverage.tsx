import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { z } from 'zod';
import { withQuery } from '../../app/api/client.ts';
import { useT } from '../../app/i18n/index.tsx';
import { usePaging } from '../../app/paging.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { RateFigure } from '../registry/RateFigure.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { fetchCoverage, pairingKeys } from './api.ts';
import { SchemeSelect, useSchemes } from './SchemeSelect.tsx';

const shape = {
  schemeId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
};
const KEYS = ['schemeId', 'unitId'] as const;

/** 覆盖情况: a scheme's targets with an active pairing (rate as numerator/denominator), those without, load per person. */
export function PairingCoverage() {
  const t = useT();
  const schemes = useSchemes();
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const schemeId = filters.schemeId ?? schemes.data?.[0]?.id;
  const { page, pageSize, pagination } = usePaging({ resetOn: [schemeId, filters.unitId] });
  const q = { schemeId: schemeId ?? 0, unitId: filters.unitId, page, pageSize };
  const coverage = useQuery({
    queryKey: pairingKeys.coverage(q),
    queryFn: () => fetchCoverage(q),
    enabled: !!schemeId,
    placeholderData: keepPreviousData,
  });
  const data = coverage.data;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <SchemeSelect
          value={schemeId ?? null}
          onChange={(id) => setFilters({ ...filters, schemeId: id ?? undefined })}
          style={{ width: 240 }}
        />
        <UnitTreeSelect
          value={filters.unitId ?? null}
          onChange={(id) => setFilters({ ...filters, unitId: id ?? undefined })}
          placeholder={t('filter.unitAll')}
          style={{ width: 240, maxWidth: '100%' }}
        />
      </Flex>
      {coverage.isError && !data ? (
        <LoadFailed error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : data ? (
        <>
          <RateFigure label={t('pairing.coverageRate')} rate={data.rate} testId="pairing-coverage-rate" />
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('pairing.uncovered')}>
                <Table
                  rowKey="id"
                  size="small"
                  loading={coverage.isFetching}
                  dataSource={data.uncovered.items}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: t('pairing.allCovered') }}
                  pagination={pagination(data.uncovered.total, { showSizeChanger: undefined })}
                  columns={[
                    { title: t('unit.code'), key: 'code', dataIndex: 'code' },
                    { title: t('pairing.target'), key: 'name', dataIndex: 'name' },
                    { title: t('coverage.parent'), key: 'parent', render: (_, u) => u.parentName ?? '—' },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('pairing.load')}>
                <Table
                  rowKey="personId"
                  size="small"
                  dataSource={data.load}
                  pagination={false}
                  scroll={{ x: 'max-content', y: 480 }}
                  columns={[
                    { title: t('pairing.person'), key: 'name', dataIndex: 'name' },
                    { title: t('pairing.personUnit'), key: 'unit', dataIndex: 'unitName' },
                    {
                      title: t('pairing.loadCount'),
                      key: 'pairings',
                      align: 'right',
                      render: (_, l) => (
                        <Link to={withQuery('/pairings', { personId: l.personId, schemeId })}>{l.pairings}</Link>
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      ) : (
        <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
      )}
    </Flex>
  );
}
