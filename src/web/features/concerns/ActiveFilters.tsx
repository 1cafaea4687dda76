import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Tag, Typography } from 'antd';
import type { Concern } from '../../../contracts/concerns.ts';
import { useT } from '../../app/i18n/index.tsx';
import { fetchUnitDetail, unitKeys } from '../units/api.ts';
import { useCategories, useConcernNames } from './labels.ts';
import { type ConcernListFilters, FILTER_KEYS, type FilterKey } from './useConcernFilters.ts';

/**
 * What the list is filtered by, in words, each removable, and one button to
 * clear them all: a list opened from a figure says which figure it is.
 * Ids without a picker on this page (department, counselor, outlet) take
 * their names from the rows shown.
 */
export function ActiveFilters({ filters, set, items }: ConcernListFilters & { items: Concern[] }) {
  const t = useT();
  const names = useConcernNames();
  const categories = useCategories();
  const unit = useQuery({
    queryKey: unitKeys.detail(filters.unitId ?? 0),
    queryFn: () => fetchUnitDetail(filters.unitId ?? 0),
    enabled: filters.unitId !== undefined,
  });
  const nameOf = (pick: (c: Concern) => { id: number; name: string } | null, id: number) =>
    items.map(pick).find((r) => r?.id === id)?.name ?? `#${id}`;

  const text = (key: FilterKey): string | null => {
    const f = filters;
    switch (key) {
      case 'status':
        return f.status ? t(`concern.status.${f.status}`) : null;
      case 'state':
        return f.state ? names.state(f.state) : null;
      case 'kind':
        return f.kind ? names.kind(f.kind) : null;
      case 'tier':
        return f.tier !== undefined ? names.tier(f.tier) : null;
      case 'category':
        return f.category ? categories.nameOf(f.category) : null;
      case 'departmentId':
        if (f.departmentId === undefined) return null;
        return f.departmentId === 0 ? t('concern.noDepartment') : nameOf((c) => c.department, f.departmentId);
      case 'counselorId':
        if (f.counselorId === undefined) return null;
        return f.counselorId === 0 ? t('concern.noCounselor') : nameOf((c) => c.counselor, f.counselorId);
      case 'outletId':
        return f.outletId !== undefined ? nameOf((c) => c.unit, f.outletId) : null;
      case 'unitId':
        return f.unitId !== undefined ? (unit.data?.name ?? `#${f.unitId}`) : null;
      case 'from':
        return f.from ?? null;
      case 'to':
        return f.to ?? null;
      case 'q':
        return f.q ?? null;
    }
  };
  const active = FILTER_KEYS.map((key) => ({ key, value: text(key) })).filter((x) => x.value !== null);
  if (active.length === 0) return null;
  const clearAll = () => set(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])));
  return (
    <Flex wrap gap={6} align="center" style={{ marginBottom: 12 }} data-testid="concern-active-filters">
      <Typography.Text type="secondary">{t('concern.filter.active')}</Typography.Text>
      {active.map(({ key, value }) => (
        <Tag key={key} closable onClose={() => set({ [key]: undefined })} style={{ marginInlineEnd: 0 }}>
          {t(`concern.filter.${key}`)}：{value}
        </Tag>
      ))}
      <Button size="small" type="link" onClick={clearAll} data-testid="concern-clear-filters">
        {t('concern.filter.clear')}
      </Button>
    </Flex>
  );
}
