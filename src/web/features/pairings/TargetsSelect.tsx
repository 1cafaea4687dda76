import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Scheme } from '../../../contracts/schemes.ts';
import type { UnitKind } from '../../../contracts/units.ts';
import { useT } from '../../app/i18n/index.tsx';
import { type RemoteOption, RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { listPartyOrgs } from '../party-orgs/api.ts';
import { listUnits } from '../units/api.ts';

/** Targets of a scheme found by name or code: units of its kinds, or party orgs; one or several. */
export function TargetsSelect({
  scheme,
  value,
  onChange,
  multiple,
  id,
}: {
  scheme: Scheme | undefined;
  value?: number | number[] | null;
  onChange?: (v: number | number[] | null) => void;
  multiple?: boolean;
  id?: string;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const { q } = search;
  const [known, setKnown] = useState<Map<number, RemoteOption>>(new Map());
  const found = useQuery({
    queryKey: ['pairing-targets', scheme?.id, q],
    enabled: !!scheme,
    queryFn: async (): Promise<RemoteOption[]> => {
      if (!scheme) return [];
      if (scheme.targetType === 'party_org') {
        const page = await listPartyOrgs({ q: q || undefined }, 1, 30);
        return page.items
          .filter((o) => scheme.targetKinds.includes(o.kind))
          .map((o) => ({ value: o.id, label: o.name, desc: `${o.code} · ${o.unit.name}` }));
      }
      const kind = scheme.targetKinds.length === 1 ? (scheme.targetKinds[0] as UnitKind) : undefined;
      const page = await listUnits({ q: q || undefined, kind, page: 1, pageSize: 30 });
      return page.items
        .filter((u) => scheme.targetKinds.includes(u.kind))
        .map((u) => ({ value: u.id, label: u.name, desc: `${u.code} · ${u.ancestors.at(-1)?.name ?? ''}` }));
    },
  });
  const options = [...(found.data ?? [])];
  for (const id of Array.isArray(value) ? value : value ? [value] : []) {
    const k = known.get(id);
    if (k && !options.some((o) => o.value === id)) options.unshift(k);
  }
  return (
    <RemoteSelect<number | number[] | null>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      disabled={!scheme}
      value={value ?? (multiple ? [] : null)}
      onChange={(v) => {
        const next = new Map(known);
        for (const o of found.data ?? []) next.set(o.value, o);
        setKnown(next);
        onChange?.(v ?? null);
      }}
      search={search}
      fetching={found.isFetching}
      options={options}
      placeholder={scheme ? t('pairing.targetPlaceholder') : t('pairing.schemeFirst')}
    />
  );
}
