import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { z } from 'zod';
import type { ConcernCategory, ConcernRoute } from '../../../contracts/concern-config.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useLang, useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { fetchUnitDetail, unitKeys } from '../units/api.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { deleteRoute, fetchCategories, fetchRoutePreview, fetchRoutes, followUpKeys, putRoute } from './api.ts';
import { DepartmentAboveSelect } from './DepartmentAboveSelect.tsx';
import { useScopeRoot } from './useScopeRoot.ts';

const shape = { unitId: z.coerce.number().int().positive().optional() };
const KEYS = ['unitId'] as const;

/** Units that may hold a routing table (the server's rule). */
const BRANCH_KINDS = ['head_office', 'province', 'city', 'county'];

/**
 * 分办表 of one branch: for each active category, the department its concerns go
 * to. A row left empty here follows the nearest branch above that has one
 * (shown as inherited, from the route preview); clearing a row returns to that.
 */
export function RoutesTab() {
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const root = useScopeRoot();
  // The branch is in the address, so a routing table can be linked to.
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const unitId = filters.unitId ?? root;
  const setUnitId = (id: number | undefined) => setFilters({ unitId: id });
  const unit = useQuery({
    queryKey: unitKeys.detail(unitId ?? 0),
    queryFn: () => fetchUnitDetail(unitId ?? 0),
    enabled: !!unitId,
  });
  const categories = useQuery({ queryKey: followUpKeys.categories, queryFn: fetchCategories });
  const active = (categories.data ?? []).filter((c) => c.active);
  const routes = useQuery({
    queryKey: followUpKeys.routes(unitId ?? 0),
    queryFn: () => fetchRoutes(unitId ?? 0),
    enabled: !!unitId,
  });
  const previews = useQueries({
    queries: active.map((c) => ({
      queryKey: followUpKeys.preview(unitId ?? 0, c.code),
      queryFn: () => fetchRoutePreview(unitId ?? 0, c.code),
      enabled: !!unitId,
    })),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['concern-routes'] });
  const save = useMutation({
    mutationFn: async ({
      category,
      departmentId,
      own,
    }: {
      category: string;
      departmentId: number | null;
      own?: ConcernRoute;
    }): Promise<void> => {
      if (departmentId) await putRoute({ unitId: unitId ?? 0, category, departmentId });
      else if (own) await deleteRoute(own.id);
    },
    onSuccess: () => void refresh(),
    onError: (err) => onError(err, { onStale: () => void refresh() }),
  });
  const own = (code: string) => (routes.data ?? []).find((r) => r.category === code && r.unit.id === unitId);
  const notBranch = unit.data && !BRANCH_KINDS.includes(unit.data.kind);
  if (categories.isError) return <LoadFailed error={categories.error} onRetry={() => void categories.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Typography.Text>{t('concernSettings.routes.branch')}</Typography.Text>
        <UnitTreeSelect
          value={unitId ?? null}
          onChange={(id) => setUnitId(id ?? undefined)}
          allowClear={false}
          style={{ width: 260, maxWidth: '100%' }}
        />
      </Flex>
      <Typography.Text type="secondary">{t('concernSettings.routes.hint')}</Typography.Text>
      {notBranch ? <Alert type="warning" showIcon message={t('concernSettings.routes.notBranch')} /> : null}
      {routes.isError ? <LoadFailed error={routes.error} onRetry={() => void routes.refetch()} /> : null}
      <Table<ConcernCategory>
        rowKey="code"
        size="middle"
        pagination={false}
        loading={categories.isPending || routes.isFetching || save.isPending}
        dataSource={unitId ? active : []}
        scroll={{ x: 'max-content' }}
        data-testid="routes-table"
        columns={[
          {
            title: t('concernSettings.routes.category'),
            key: 'category',
            render: (_, c) => (lang === 'zh-CN' ? c.nameZh : c.nameEn),
          },
          {
            title: t('concernSettings.routes.department'),
            key: 'department',
            render: (_, c) => {
              const mine = own(c.code);
              return (
                <DepartmentAboveSelect
                  unitId={unitId}
                  value={mine?.department.id ?? null}
                  onChange={(departmentId) => {
                    if (departmentId) save.mutate({ category: c.code, departmentId, own: mine });
                  }}
                  allowClear={false}
                  style={{ minWidth: 200, width: 260, maxWidth: '60vw' }}
                />
              );
            },
          },
          {
            title: t('concernSettings.routes.source'),
            key: 'source',
            render: (_, c, index) => {
              if (own(c.code)) return <Tag color="blue">{t('concernSettings.routes.own')}</Tag>;
              const p = previews[index]?.data;
              if (!p?.department) return <Tag color="red">{t('concernSettings.routes.none')}</Tag>;
              return (
                <span>
                  <Tag>{t('concernSettings.routes.inherited', { from: p.from?.name ?? '—' })}</Tag>
                  {p.department.name}
                </span>
              );
            },
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) => {
              const mine = own(c.code);
              return mine ? (
                <Popconfirm
                  title={t('concernSettings.routes.clearConfirm', { name: lang === 'zh-CN' ? c.nameZh : c.nameEn })}
                  onConfirm={() => save.mutate({ category: c.code, departmentId: null, own: mine })}
                >
                  <Button type="link" size="small">
                    {t('concernSettings.routes.clear')}
                  </Button>
                </Popconfirm>
              ) : null;
            },
          },
        ]}
      />
    </Flex>
  );
}
