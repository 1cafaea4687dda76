import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { CONCERN_KINDS, CONCERN_STATES, CONCERN_STATUS_FILTERS, CONCERN_TIERS } from '../../../contracts/concerns.ts';
import { FilterPanel } from '../../app/FilterPanel.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { SearchBox } from '../../app/SearchBox.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { useCategories, useConcernNames } from './labels.ts';
import type { ConcernListFilters } from './useConcernFilters.ts';

/** The list's filters; on a phone they fold behind 筛选 (FilterPanel). */
export function ConcernFilterBar({ filters, set, panel }: ConcernListFilters) {
  const t = useT();
  const compact = useCompact();
  const names = useConcernNames();
  const categories = useCategories();
  const width = (w: number) => ({ width: compact ? '100%' : w });
  return (
    <FilterPanel
      {...panel}
      search={
        <SearchBox
          value={filters.q}
          onSearch={(q) => set({ q })}
          placeholder={t('concern.searchPlaceholder')}
          testId="concern-search"
        />
      }
    >
      <Select
        allowClear
        value={filters.status ?? null}
        onChange={(v) => set({ status: v ?? undefined })}
        placeholder={t('concern.filter.status')}
        options={CONCERN_STATUS_FILTERS.map((s) => ({ value: s, label: t(`concern.status.${s}`) }))}
        style={width(130)}
      />
      <Select
        allowClear
        value={filters.state ?? null}
        onChange={(v) => set({ state: v ?? undefined })}
        placeholder={t('concern.state')}
        options={CONCERN_STATES.map((s) => ({ value: s, label: names.state(s) }))}
        style={width(140)}
      />
      <Select
        allowClear
        value={filters.kind ?? null}
        onChange={(v) => set({ kind: v ?? undefined })}
        placeholder={t('concern.kind')}
        options={CONCERN_KINDS.map((k) => ({ value: k, label: names.kind(k) }))}
        style={width(110)}
      />
      <Select
        allowClear
        value={filters.tier ?? null}
        onChange={(v) => set({ tier: v ?? undefined })}
        placeholder={t('concern.tier')}
        options={CONCERN_TIERS.map((n) => ({ value: n, label: names.tier(n) }))}
        style={width(110)}
      />
      <Select
        allowClear
        value={filters.category ?? null}
        onChange={(v) => set({ category: v ?? undefined })}
        placeholder={t('concern.category')}
        options={categories.options}
        style={width(140)}
      />
      <UnitTreeSelect
        value={filters.unitId ?? null}
        onChange={(id) => set({ unitId: id ?? undefined })}
        placeholder={t('filter.unitAll')}
        style={{ width: 220 }}
      />
      <DatePicker.RangePicker
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        allowEmpty={[true, true]}
      />
    </FilterPanel>
  );
}
