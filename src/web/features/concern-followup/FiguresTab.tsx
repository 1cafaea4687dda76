import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Tabs, Typography } from 'antd';
import { z } from 'zod';
import { isoDate } from '../../../contracts/common-dates.ts';
import { CONCERN_DIMENSIONS, type ConcernDimension } from '../../../contracts/concern-figures.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { UnitTrail } from '../compliance/UnitTrail.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { fetchFigures, followUpKeys } from './api.ts';
import { FiguresCards } from './FiguresCards.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { PeriodRange, thisYear } from './PeriodRange.tsx';
import { ReportButton } from './ReportButton.tsx';
import { useScopeRoot } from './useScopeRoot.ts';

const shape = {
  unitId: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  dim: z.enum(CONCERN_DIMENSIONS).optional(),
};
const KEYS = ['unitId', 'from', 'to', 'dim'] as const;

/**
 * 统计: raised, resolved, the resolution rate, open, overdue and the median time
 * to resolve for a subtree (the caller's scope root by default) and a period
 * (this year by default), in total and by one dimension; every count opens its list.
 */
export function FiguresTab() {
  const t = useT();
  const root = useScopeRoot();
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const set = (patch: Partial<typeof filters>) => setFilters({ ...filters, ...patch });
  const unitId = filters.unitId ?? root;
  const period = filters.from && filters.to ? { from: filters.from, to: filters.to } : thisYear();
  const dimension: ConcernDimension = filters.dim ?? 'tier';
  const query = { ...(unitId ? { unitId } : {}), ...period, dimension };
  const figures = useQuery({
    queryKey: followUpKeys.figures(query),
    queryFn: () => fetchFigures(query),
    placeholderData: keepPreviousData,
  });
  const scope = { unitId, ...period };
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex wrap gap={8} align="center" data-testid="figures-filters">
          <UnitTreeSelect
            value={unitId ?? null}
            onChange={(id) => set({ unitId: id ?? undefined })}
            placeholder={t('filter.unitAll')}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <PeriodRange value={period} onChange={(p) => set(p)} />
          <ReportButton unitId={unitId} />
        </Flex>
        <div style={{ marginTop: 8 }}>
          <UnitTrail unitId={unitId} onOpen={(id) => set({ unitId: id })} />
        </div>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
          {t('followUp.fig.basis')}
        </Typography.Text>
      </Card>
      {figures.isError && !figures.data ? (
        <LoadFailed error={figures.error} onRetry={() => void figures.refetch()} />
      ) : !figures.data ? (
        <PageLoading />
      ) : (
        <>
          <FiguresCards figures={figures.data} scope={scope} />
          <Card size="small">
            <Tabs
              size="small"
              activeKey={dimension}
              onChange={(key) => set({ dim: key === 'tier' ? undefined : (key as ConcernDimension) })}
              items={CONCERN_DIMENSIONS.map((d) => ({ key: d, label: t(`followUp.dimTab.${d}`) }))}
            />
            <FiguresTable figures={figures.data} scope={scope} />
          </Card>
        </>
      )}
    </Flex>
  );
}
