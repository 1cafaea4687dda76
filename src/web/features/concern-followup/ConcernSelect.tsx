import { useQuery } from '@tanstack/react-query';
import type { ConcernState } from '../../../contracts/concerns.ts';
import { useT } from '../../app/i18n/index.tsx';
import { type RemoteOption, RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { followUpKeys, searchConcerns } from './api.ts';

/**
 * A concern found by its title (or #id), optionally only those in one state
 * (the committee picks among those on its agenda, listed before typing).
 */
export function ConcernSelect({
  value,
  onChange,
  id,
  state,
}: {
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
  state?: ConcernState;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const { q } = search;
  const byId = /^#?(\d+)$/.exec(q)?.[1];
  const found = useQuery({
    queryKey: [...followUpKeys.search(q), state ?? null],
    queryFn: () => searchConcerns({ ...(state ? { state } : {}), ...(q && !byId ? { q } : {}) }, state ? 200 : 30),
    enabled: !!state || q.length > 0,
  });
  const options: RemoteOption[] = (found.data?.items ?? [])
    .filter((c) => !byId || String(c.id) === byId)
    .map((c) => ({
      value: c.id,
      label: `#${c.id} ${c.title}`,
      title: c.title,
      desc: `${c.categoryName} · ${c.unitTrail ? `${c.unitTrail} / ` : ''}${c.unit.name}`,
    }));
  // "#123" names a concern directly, found or not (the server checks it).
  if (byId && !options.some((o) => o.value === Number(byId))) {
    options.unshift({ value: Number(byId), label: `#${byId}`, desc: t('followUp.concernById') });
  }
  if (value != null && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: `#${value}`, desc: '' });
  }
  return (
    <RemoteSelect<number | null>
      id={id}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      search={search}
      fetching={found.isFetching}
      idleHint={state ? undefined : t('followUp.typeConcern')}
      options={options}
      optionLabelProp="label"
      placeholder={t('followUp.pickConcern')}
    />
  );
}
