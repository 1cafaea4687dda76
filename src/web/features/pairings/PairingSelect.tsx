import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { useDebounced } from '../../app/useDebounced.ts';
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
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const filters = { personId: personId ?? undefined, q: q || undefined, status: 'active' as const };
  const found = useQuery({
    queryKey: pairingKeys.list(filters, 1, 50),
    queryFn: () => listPairings(filters, 1, 50),
  });
  return (
    <Select<number | null>
      id={id}
      showSearch
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      searchValue={search}
      onSearch={setSearch}
      filterOption={false}
      options={(found.data?.items ?? []).map((p) => ({
        value: p.id,
        label: p.target.name,
        desc: `${p.scheme.name} · ${p.person.name}`,
      }))}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.desc}
          </Typography.Text>
        </div>
      )}
      placeholder={t('pairing.pickerPlaceholder')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('common.noMatch')}
      style={{ width: '100%' }}
    />
  );
}
