import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n/index.tsx';
import { RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { listPairings, pairingKeys } from './api.ts';

/** A pairing in force: the caller's own when they hold any, else found by name within their scope. */
export function PairingSelect({
  value,
  onChange,
  personId,
  id,
}: {
  value?: number | null;
  onChange?: (id: number | null) => void;
  personId: number | null;
  id?: string;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const { q } = search;
  const filters = { personId: personId ?? undefined, q: q || undefined, status: 'active' as const };
  const found = useQuery({
    queryKey: pairingKeys.list(filters, 1, 50),
    queryFn: () => listPairings(filters, 1, 50),
  });
  return (
    <RemoteSelect<number | null>
      id={id}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      search={search}
      fetching={found.isFetching}
      options={(found.data?.items ?? []).map((p) => ({
        value: p.id,
        label: p.target.name,
        desc: `${p.scheme.name} · ${p.person.name}`,
      }))}
      placeholder={t('pairing.pickerPlaceholder')}
    />
  );
}
