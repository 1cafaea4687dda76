import { useQuery } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { type RemoteOption, RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { fetchUnitDetail, listUnits, unitKeys } from '../units/api.ts';

/** A department picker bound to a branch (`unitId`), as a form field. */
export interface DepartmentPickerProps {
  unitId: number | undefined;
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
  style?: CSSProperties;
  allowClear?: boolean;
}

/**
 * A department (unit of kind department) under `unitId` — the branch whose
 * committee or routing table it is — listed at once and narrowed by typing.
 */
export function DepartmentSelect({ unitId, value, onChange, id, style, allowClear = true }: DepartmentPickerProps) {
  const t = useT();
  const search = useRemoteSearch();
  const filters = { unitId, kind: 'department' as const, ...(search.q ? { q: search.q } : {}) };
  const found = useQuery({
    queryKey: unitKeys.list({ ...filters, picker: 'department' }),
    queryFn: () => listUnits({ ...filters, page: 1, pageSize: 100 }),
  });
  const items = found.data?.items ?? [];
  const missing = value != null && !items.some((u) => u.id === value);
  const current = useQuery({
    queryKey: unitKeys.detail(value ?? 0),
    queryFn: () => fetchUnitDetail(value ?? 0),
    enabled: missing,
  });
  const options: RemoteOption[] = items.map((u) => ({
    value: u.id,
    label: u.name,
    title: u.name,
    desc: u.ancestors.map((a) => a.name).join(' / '),
  }));
  if (missing && current.data) {
    options.push({
      value: current.data.id,
      label: current.data.name,
      desc: current.data.ancestors.map((a) => a.name).join(' / '),
    });
  }
  return (
    <RemoteSelect<number | null>
      id={id}
      allowClear={allowClear}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      search={search}
      fetching={found.isFetching}
      options={options}
      optionLabelProp="label"
      placeholder={t('followUp.pickDepartment')}
      style={style}
    />
  );
}
