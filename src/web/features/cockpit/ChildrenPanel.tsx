import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Row, Table, Typography } from 'antd';
import type { CockpitChildren, CockpitFigure, CockpitQuery } from '../../../contracts/cockpit.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { cockpitKeys, fetchCockpitChildren } from './api.ts';
import { ComparisonChart } from './charts/ComparisonChart.tsx';
import { RankingChart } from './charts/RankingChart.tsx';
import { rankRows, ratePercent } from './figures.ts';

type ChildRow = CockpitChildren['rows'][number];

/**
 * The selected figure for each child unit: compared (bars in the units' order),
 * ranked (best first), and listed; a row opens the child's cockpit, or the list
 * behind the figure at the last level. The figure's own link opens its list here.
 */
export function ChildrenPanel({
  query,
  figure,
  onOpen,
}: {
  query: CockpitQuery & { unitId: number };
  figure: CockpitFigure;
  onOpen: (link: string) => void;
}) {
  const t = useT();
  const q = { ...query, key: figure.key };
  const children = useQuery({
    queryKey: cockpitKeys.children(q),
    queryFn: () => fetchCockpitChildren(q),
    placeholderData: keepPreviousData,
  });
  const data = children.data?.figure.key === figure.key ? children.data : undefined;
  const isRate = figure.rate !== null;
  const body =
    children.isError && !data ? (
      <LoadFailed error={children.error} onRetry={() => void children.refetch()} />
    ) : !data ? (
      <PageLoading />
    ) : data.rows.length === 0 ? (
      <Typography.Text type="secondary">{t('cockpit.noChildren')}</Typography.Text>
    ) : (
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12} style={{ minWidth: 0 }}>
            <Typography.Title level={5}>{t('cockpit.comparison')}</Typography.Title>
            <ComparisonChart data={data} />
          </Col>
          <Col xs={24} lg={12} style={{ minWidth: 0 }}>
            <Typography.Title level={5}>{t('cockpit.ranking')}</Typography.Title>
            <RankingChart data={data} />
          </Col>
        </Row>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('cockpit.children')}
        </Typography.Title>
        <Table<ChildRow>
          rowKey={(r) => r.unit.id}
          size="middle"
          dataSource={rankRows(data.rows, figure.better)}
          pagination={data.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          data-testid="cockpit-children"
          onRow={(r) => ({
            onClick: () => (r.link ? onOpen(r.link) : undefined),
            style: r.link ? { cursor: 'pointer' } : undefined,
          })}
          columns={[
            { title: t('cockpit.col.rank'), key: 'rank', width: 64, render: (_, _r, i) => i + 1 },
            {
              title: t('cockpit.unit'),
              key: 'unit',
              render: (_, r) =>
                r.link ? (
                  <Typography.Link data-testid={`child-${r.unit.code}`}>{r.unit.name}</Typography.Link>
                ) : (
                  r.unit.name
                ),
            },
            ...(isRate
              ? [
                  {
                    title: t('cockpit.col.numerator'),
                    key: 'numerator',
                    align: 'right' as const,
                    render: (_: unknown, r: ChildRow) => r.rate?.numerator.toLocaleString('en-US') ?? '—',
                  },
                  {
                    title: t('cockpit.col.denominator'),
                    key: 'denominator',
                    align: 'right' as const,
                    render: (_: unknown, r: ChildRow) => r.rate?.denominator.toLocaleString('en-US') ?? '—',
                  },
                  {
                    title: t('cockpit.col.rate'),
                    key: 'rate',
                    align: 'right' as const,
                    render: (_: unknown, r: ChildRow) => {
                      const pct = r.rate ? ratePercent(r.rate) : null;
                      return pct === null ? '—' : `${pct.toFixed(1)}%`;
                    },
                  },
                ]
              : [
                  {
                    title: t('cockpit.col.count'),
                    key: 'count',
                    align: 'right' as const,
                    render: (_: unknown, r: ChildRow) => r.count?.toLocaleString('en-US') ?? '—',
                  },
                ]),
          ]}
        />
      </Flex>
    );
  return (
    <Card
      id="cockpit-selected"
      data-testid="cockpit-selected"
      style={{ marginBottom: 12 }}
      title={<span style={{ whiteSpace: 'normal' }}>{t('cockpit.selected', { label: figure.label })}</span>}
      extra={
        figure.link ? (
          <Button type="link" size="small" onClick={() => figure.link && onOpen(figure.link)} data-testid="figure-link">
            {t('cockpit.openList')}
          </Button>
        ) : null
      }
    >
      {body}
    </Card>
  );
}
