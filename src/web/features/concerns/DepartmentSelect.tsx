import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n/index.tsx';
import { RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { listUnits, unitKeys } from '../units/api.ts';

/** A department of the caller's tree, found by name or code (the routing override). */
export function DepartmentSelect({
  value,
  onChange,
  id,
}: {
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const query = { kind: 'department' as const, q: search.q || undefined, page: 1, pageSize: 50 };
  const found = useQuery({
    queryKey: unitKeys.list(query),
    queryFn: () => listUnits(query),
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.items ?? []).map((u) => ({
    value: u.id,
    label: u.name,
    title: u.name,
    desc: [u.code, ...u.ancestors.map((a) => a.name)].join(' · '),
  }));
  return (
    <RemoteSelect<number | null>
      id={id}
      search={search}
      fetching={found.isFetching}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      allowClear
      placeholder={t('concern.departmentPlaceholder')}
      data-testid="concern-department-select"
    />
  );
}
