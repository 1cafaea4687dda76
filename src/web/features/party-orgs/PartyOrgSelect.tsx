import { useQuery } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { fetchPartyOrg, listPartyOrgs, partyOrgKeys } from './api.ts';

/**
 * A party org found by name or code (the first ones of the subtree before
 * anything is typed). A value set from a link shows its name.
 */
export function PartyOrgSelect({
  value,
  onChange,
  unitId,
  placeholder,
  style,
  id,
  excludeId,
}: {
  value?: number | null | undefined;
  onChange?: (id: number | null) => void;
  /** Offer the orgs of this subtree first (e.g. the person's unit's). */
  unitId?: number | null | undefined;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  /** An org that may not be chosen (itself, as its own parent). */
  excludeId?: number;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const { q } = search;
  const scope = q ? null : (unitId ?? null);
  const options = useQuery({
    queryKey: partyOrgKeys.search(q, scope),
    queryFn: () => listPartyOrgs({ q: q || undefined, unitId: scope ?? undefined }, 1, 30),
  });
  const current = value ?? null;
  const listed = options.data?.items.find((o) => o.id === current);
  const detail = useQuery({
    queryKey: partyOrgKeys.detail(current ?? 0),
    queryFn: () => fetchPartyOrg(current ?? 0),
    enabled: current !== null && !listed,
  });
  const items = (options.data?.items ?? []).filter((o) => o.id !== excludeId);
  const selectOptions = items.map((o) => ({
    value: o.id,
    label: o.name,
    title: o.name,
    desc: `${o.code} · ${o.unit.name}`,
  }));
  if (current !== null && !listed) {
    selectOptions.unshift({
      value: current,
      label: detail.data?.name ?? `#${current}`,
      title: detail.data?.name ?? '',
      desc: detail.data ? `${detail.data.code} · ${detail.data.unit.name}` : '',
    });
  }
  return (
    <RemoteSelect<number | null>
      id={id}
      allowClear
      value={current}
      onChange={(v) => {
        search.setText('');
        onChange?.(v ?? null);
      }}
      search={search}
      fetching={options.isFetching}
      options={selectOptions}
      placeholder={placeholder ?? t('partyOrg.pickerPlaceholder')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)', minWidth: 240 } } }}
      style={style}
    />
  );
}
