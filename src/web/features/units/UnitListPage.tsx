import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Badge, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { UNIT_KINDS, type UnitListItem, unitListFilters } from '../../../contracts/units.ts';
import { linkBreadcrumb } from '../../app/breadcrumb.tsx';
import { ExportButton } from '../../app/ExportButton.tsx';
import { FilterPanel, FilterSwitch } from '../../app/FilterPanel.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PagedTable, usePagedQuery } from '../../app/paging.tsx';
import { SearchBox } from '../../app/SearchBox.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useListFilters } from '../../app/useUrlFilters.ts';
import { useKindName } from '../registry/vocabulary.ts';
import { exportUnits, listUnits, unitKeys } from './api.ts';
import { KindTag } from './KindTag.tsx';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';

const KEYS = ['unitId', 'kind', 'includeInactive', 'q'] as const;

/** 机构名单: every unit of a subtree in tree order (e.g. all outlets of a city branch), exportable. */
export default function UnitListPage() {
  const t = useT();
  const compact = useCompact();
  const kindName = useKindName();
  const { filters, set, panel } = useListFilters(unitListFilters, KEYS);
  const { paging, query } = usePagedQuery({
    filters,
    queryKey: (page, pageSize) => unitKeys.list({ ...filters, page, pageSize }),
    queryFn: (page, pageSize) => listUnits({ ...filters, page, pageSize }),
  });

  const columns = useMemo<ProColumns<UnitListItem>[]>(
    () => [
      { title: t('unit.code'), key: 'code', dataIndex: 'code' },
      {
        title: t('unit.name'),
        key: 'name',
        fixed: compact ? undefined : 'left',
        render: (_, u) => <Link to={`/units/${u.id}`}>{u.name}</Link>,
      },
      { title: t('unit.kind'), key: 'kind', render: (_, u) => <KindTag kind={u.kind} /> },
      {
        title: t('unit.path'),
        key: 'path',
        render: (_, u) => (
          <Typography.Text type="secondary">{u.ancestors.map((a) => a.name).join(' / ') || '—'}</Typography.Text>
        ),
      },
      { title: t('unit.parentCode'), key: 'parentCode', render: (_, u) => u.parentCode ?? '—' },
      {
        title: t('unit.status'),
        key: 'active',
        render: (_, u) => (
          <Badge status={u.active ? 'success' : 'default'} text={u.active ? t('unit.active') : t('unit.inactive')} />
        ),
      },
      { title: t('unit.childCount'), key: 'childCount', align: 'right', dataIndex: 'childCount' },
    ],
    [t, compact],
  );

  return (
    <PageContainer
      title={t('unit.listTitle')}
      breadcrumb={linkBreadcrumb([{ title: t('menu.units'), to: '/units' }, { title: t('unit.listTitle') }])}
    >
      <FilterPanel
        {...panel}
        search={<SearchBox value={filters.q} onSearch={(q) => set({ q })} placeholder={t('unit.searchPlaceholder')} />}
      >
        <UnitTreeSelect
          value={filters.unitId ?? null}
          onChange={(id) => set({ unitId: id ?? undefined })}
          placeholder={t('filter.unitAll')}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          value={filters.kind ?? null}
          onChange={(v) => set({ kind: v ?? undefined })}
          placeholder={t('unit.kind')}
          style={{ width: 160 }}
          options={UNIT_KINDS.map((k) => ({ value: k, label: kindName(k) }))}
        />
        <FilterSwitch
          value={filters.includeInactive}
          onChange={(includeInactive) => set({ includeInactive })}
          label={t('unit.includeInactive')}
        />
      </FilterPanel>
      <PagedTable<UnitListItem>
        query={query}
        paging={paging}
        columns={columns}
        totalTestId="units-total"
        columnsState={{ persistenceKey: 'liandian.columns.units', persistenceType: 'localStorage' }}
        toolBarRender={() => [<ExportButton key="export" run={() => exportUnits(filters)} />]}
      />
    </PageContainer>
  );
}
