import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../app/i18n/index.tsx';
import { type RemoteOption, RemoteSelect, useRemoteSearch } from '../../../app/RemoteSelect.tsx';
import { listUnits, unitKeys } from '../../units/api.ts';

/** Units of the caller's scope (or of the subtree of `under`), found by name; one or several. */
export function UnitPicker({
  value,
  onChange,
  under,
  multiple,
  id,
}: {
  value?: number | number[] | null;
  onChange?: (v: number | number[] | null) => void;
  under?: number;
  multiple?: boolean;
  id?: string;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const filters = { ...(under ? { unitId: under } : {}), ...(search.q ? { q: search.q } : {}) };
  const found = useQuery({
    queryKey: unitKeys.list({ ...filters, picker: 'checklist' }),
    queryFn: () => listUnits({ ...filters, page: 1, pageSize: 100 }),
  });
  const options: RemoteOption[] = (found.data?.items ?? []).map((u) => ({
    value: u.id,
    label: u.name,
    title: u.name,
    desc: u.ancestors.map((a) => a.name).join(' / '),
  }));
  return (
    <RemoteSelect<number | number[] | null>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      value={value ?? (multiple ? [] : null)}
      onChange={(v) => onChange?.(v ?? null)}
      search={search}
      fetching={found.isFetching}
      options={options}
      optionLabelProp="label"
      placeholder={t('ckt.pickUnit')}
    />
  );
}
