import { useQueries, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { fetchUnitChildren, fetchUnitDetail, unitKeys } from '../units/api.ts';
import type { DepartmentPickerProps } from './DepartmentSelect.tsx';

/**
 * A department a concern of `unitId` may go to, as the server allows it: an active
 * department of that unit or of a branch above it (a city's or the province's,
 * never another city's). Listed whole, grouped by the branch, filtered as one types.
 */
export function DepartmentAboveSelect({
  unitId,
  value,
  onChange,
  id,
  style,
  allowClear = true,
}: DepartmentPickerProps) {
  const t = useT();
  const unit = useQuery({
    queryKey: unitKeys.detail(unitId ?? 0),
    queryFn: () => fetchUnitDetail(unitId ?? 0),
    enabled: !!unitId,
  });
  // Nearest branch first: a concern usually goes to its own city's department.
  const branches = unit.data ? [{ id: unit.data.id, name: unit.data.name }, ...[...unit.data.ancestors].reverse()] : [];
  const children = useQueries({
    queries: branches.map((b) => ({
      queryKey: unitKeys.children(b.id, false),
      queryFn: () => fetchUnitChildren(b.id, false),
    })),
  });
  const groups = branches
    .map((b, i) => ({
      label: b.name,
      title: b.name,
      options: (children[i]?.data ?? [])
        .filter((u) => u.kind === 'department' && u.active)
        .map((u) => ({ value: u.id, label: u.name })),
    }))
    .filter((g) => g.options.length > 0);
  const loading = unit.isFetching || children.some((c) => c.isFetching);
  return (
    <Select<number | null>
      id={id}
      showSearch
      allowClear={allowClear}
      optionFilterProp="label"
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={groups}
      loading={loading}
      disabled={!unitId}
      placeholder={t('followUp.pickDepartment')}
      notFoundContent={t('common.noMatch')}
      style={{ width: '100%', ...style }}
    />
  );
}
