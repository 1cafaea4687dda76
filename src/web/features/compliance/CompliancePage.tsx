import { PageContainer } from '@ant-design/pro-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Tabs, Typography } from 'antd';
import { z } from 'zod';
import { COMPLIANCE_STATUSES, type ComplianceStatus } from '../../../contracts/actions.ts';
import { type ComplianceQuery, complianceFilters } from '../../../contracts/compliance.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { TalksOverdueCard } from '../talks/TalksOverdueCard.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { complianceKeys, exportCompliance, fetchSummary } from './api.ts';
import { DrillDownTable } from './DrillDownTable.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { OverdueTable } from './OverdueTable.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { currentPeriod } from './period.ts';
import { RuleFiguresCards } from './RuleFiguresCards.tsx';
import { RuleFiguresTable } from './RuleFiguresTable.tsx';
import { SchemeTrackSelect } from './SchemeTrackSelect.tsx';
import { UnitTrail } from './UnitTrail.tsx';

const shape = { ...complianceFilters, status: z.enum(COMPLIANCE_STATUSES).optional(), tab: z.string().optional() };
const KEYS = ['schemeId', 'unitId', 'period', 'status', 'tab'] as const;
type Tab = 'summary' | 'matrix' | 'overdue';

/**
 * 完成情况: for a scheme (or the party orgs' own rules), a period and a subtree,
 * each rule's figures with rates as numerator/denominator, the children to drill
 * into, the subjects × rules matrix, the overdue list, and the export.
 */
export default function CompliancePage() {
  const t = useT();
  const compact = useCompact();
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const query: ComplianceQuery = {
    ...(filters.schemeId ? { schemeId: filters.schemeId } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    period: filters.period ?? currentPeriod('quarter'),
  };
  const tab: Tab = filters.tab === 'matrix' || filters.tab === 'overdue' ? filters.tab : 'summary';
  const set = (patch: Partial<typeof filters>) => setFilters({ ...filters, ...patch });
  const summary = useQuery({
    queryKey: complianceKeys.summary(query),
    queryFn: () => fetchSummary(query),
    placeholderData: keepPreviousData,
  });
  const openStatus = (status: ComplianceStatus) => set({ tab: 'matrix', status });

  return (
    <PageContainer title={t('menu.compliance')}>
      <Card style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center" data-testid="filters">
          <SchemeTrackSelect value={filters.schemeId} onChange={(schemeId) => set({ schemeId, status: undefined })} />
          <PeriodPicker value={query.period} onChange={(period) => set({ period })} />
          <UnitTreeSelect
            value={filters.unitId ?? null}
            onChange={(id) => set({ unitId: id ?? undefined })}
            placeholder={t('filter.unitAll')}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <ExportButton run={() => exportCompliance(query)} />
        </Flex>
        <div style={{ marginTop: 12 }}>
          <UnitTrail unitId={filters.unitId} onOpen={(unitId) => set({ unitId })} />
        </div>
        {summary.data ? (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="compliance-period">
            {t('compliance.periodRange', {
              label: summary.data.period.label,
              start: summary.data.period.start,
              end: summary.data.period.end,
            })}
          </Typography.Text>
        ) : null}
      </Card>
      <TalksOverdueCard unitId={filters.unitId} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'summary' ? undefined : key })}
          destroyOnHidden
          items={[
            {
              key: 'summary',
              label: t('compliance.tab.summary'),
              children:
                summary.isError && !summary.data ? (
                  <LoadFailed error={summary.error} onRetry={() => void summary.refetch()} />
                ) : !summary.data ? (
                  <PageLoading />
                ) : (
                  <Flex vertical gap={16}>
                    {compact ? (
                      <RuleFiguresCards rules={summary.data.rules} onStatus={openStatus} />
                    ) : (
                      <RuleFiguresTable rules={summary.data.rules} onStatus={openStatus} />
                    )}
                    <Typography.Title level={5} style={{ margin: 0 }}>
                      {t('compliance.childrenTitle')}
                    </Typography.Title>
                    <DrillDownTable summary={summary.data} onOpen={(unitId) => set({ unitId })} />
                  </Flex>
                ),
            },
            {
              key: 'matrix',
              label: t('compliance.tab.matrix'),
              children: (
                <MatrixTable
                  key={JSON.stringify(query)}
                  query={query}
                  status={filters.status}
                  onStatus={(status) => set({ status })}
                />
              ),
            },
            {
              key: 'overdue',
              label: t('compliance.tab.overdue'),
              children: <OverdueTable key={JSON.stringify(query)} query={query} />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
