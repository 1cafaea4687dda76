import { PageContainer } from '@ant-design/pro-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Breadcrumb, Card, Col, Flex, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { COCKPIT_SECTIONS, type CockpitQuery } from '../../../contracts/cockpit.ts';
import { periodParam } from '../../../contracts/periods.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { PeriodPicker } from '../compliance/PeriodPicker.tsx';
import { currentPeriod } from '../compliance/period.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { cockpitKeys, fetchCockpit, fetchCockpitTrend } from './api.ts';
import { ChildrenPanel } from './ChildrenPanel.tsx';
import { TrendChart } from './charts/TrendChart.tsx';
import { FigureGrid, FigureTile } from './FigureTile.tsx';
import { bySection, sectionSpan, yearOfPeriod } from './figures.ts';

const shape = {
  unitId: z.coerce.number().int().positive(),
  period: periodParam,
  key: z.string().min(1).max(100),
};
const KEYS = ['unitId', 'period', 'key'] as const;

/**
 * 驾驶舱: a subtree's figures for a period, by section, each with its numerator and
 * denominator; a figure selected compares, ranks and lists the child units (a row goes
 * down a level); the trend by month. Unit, period and figure live in the address.
 */
export default function CockpitPage() {
  const t = useT();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const query: CockpitQuery = {
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    period: filters.period ?? currentPeriod('quarter'),
  };
  const set = (patch: Partial<typeof filters>) => setFilters({ ...filters, ...patch });
  const cockpit = useQuery({
    queryKey: cockpitKeys.figures(query),
    queryFn: () => fetchCockpit(query),
    placeholderData: keepPreviousData,
  });
  const data = cockpit.data;
  const unitId = data?.unit.id;
  const year = yearOfPeriod(query.period);
  const trend = useQuery({
    queryKey: cockpitKeys.trend({ unitId, year }),
    queryFn: () => fetchCockpitTrend({ unitId, year }),
    enabled: unitId !== undefined,
    placeholderData: keepPreviousData,
  });
  const selected = data?.figures.find((f) => f.key === filters.key);
  const panel = useRef<HTMLDivElement>(null);
  const selectedKey = selected?.key;
  useEffect(() => {
    if (selectedKey) panel.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [selectedKey]);

  /** A cockpit link keeps the selected figure (a row drills down); any other link opens its page. */
  const open = (link: string) => {
    const url = new URL(link, window.location.origin);
    if (url.pathname === '/cockpit') {
      const next = Number(url.searchParams.get('unitId')) || undefined;
      set({ unitId: next, period: url.searchParams.get('period') ?? query.period });
    } else {
      navigate(link);
    }
  };

  const trail = data ? [...data.trail] : [];
  if (data && trail.at(-1)?.id !== data.unit.id) trail.push({ id: data.unit.id, name: data.unit.name });

  return (
    <PageContainer title={t('menu.cockpit')}>
      <Card style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center" data-testid="filters">
          <PeriodPicker value={query.period} onChange={(period) => set({ period })} />
          <UnitTreeSelect
            value={filters.unitId ?? null}
            onChange={(id) => set({ unitId: id ?? undefined })}
            placeholder={data?.unit.name ?? t('filter.unitAll')}
            style={{ width: 240, maxWidth: '100%' }}
          />
        </Flex>
        {data ? (
          <>
            <Breadcrumb
              style={{ marginTop: 12 }}
              data-testid="cockpit-trail"
              items={trail.map((u, i) => ({
                title:
                  i === trail.length - 1 ? (
                    <Typography.Text strong>{u.name}</Typography.Text>
                  ) : (
                    <Typography.Link onClick={() => set({ unitId: u.id })}>{u.name}</Typography.Link>
                  ),
              }))}
            />
            <Flex wrap gap="4px 16px" style={{ marginTop: 8 }}>
              <Typography.Text type="secondary" data-testid="cockpit-period">
                {t('cockpit.periodRange', {
                  label: data.period.label,
                  start: data.period.start,
                  end: dayjs(data.period.end).subtract(1, 'day').format('YYYY-MM-DD'),
                })}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="cockpit-computed-at">
                {t('cockpit.computedAt', { time: dayjs(data.computedAt).format('YYYY-MM-DD HH:mm') })}
              </Typography.Text>
            </Flex>
          </>
        ) : null}
      </Card>
      {cockpit.isError && !data ? (
        <LoadFailed error={cockpit.error} onRetry={() => void cockpit.refetch()} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <>
          {data.figures.length === 0 ? (
            <Card style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary">{t('cockpit.noFigures')}</Typography.Text>
            </Card>
          ) : null}
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            {bySection(COCKPIT_SECTIONS, data.figures).map((g) => (
              <Col key={g.section} {...sectionSpan(g.figures.length)} style={{ display: 'flex', minWidth: 0 }}>
                <Card
                  size="small"
                  title={t(`cockpit.section.${g.section}`)}
                  style={{ width: '100%' }}
                  data-testid={`section-${g.section}`}
                >
                  <FigureGrid>
                    {g.figures.map((f) => (
                      <FigureTile
                        key={f.key}
                        figure={f}
                        selected={f.key === selected?.key}
                        onSelect={() => set({ key: f.key === selected?.key ? undefined : f.key })}
                      />
                    ))}
                  </FigureGrid>
                </Card>
              </Col>
            ))}
          </Row>
          <div ref={panel}>
            {selected && unitId ? (
              <ChildrenPanel query={{ unitId, period: query.period }} figure={selected} onOpen={open} />
            ) : data.figures.length > 0 ? (
              <Card size="small" style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">{t('cockpit.pickFigure')}</Typography.Text>
              </Card>
            ) : null}
          </div>
          <Card title={t('cockpit.trend', { year })} data-testid="cockpit-trend">
            {trend.isError && !trend.data ? (
              <LoadFailed error={trend.error} onRetry={() => void trend.refetch()} />
            ) : trend.data ? (
              <TrendChart trend={trend.data} />
            ) : (
              <PageLoading />
            )}
          </Card>
        </>
      )}
    </PageContainer>
  );
}
