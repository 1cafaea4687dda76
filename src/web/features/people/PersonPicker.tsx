import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { type RemoteOption, RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { listPeople, peopleKeys } from './api.ts';
import { personOption } from './personOption.ts';

interface Ref {
  id: number;
  name: string;
}

/**
 * People found by name or employee number, one or several (members first when
 * `membersOnly`). `known` names the people already chosen (an assignment's
 * supervisor, a proposal's leader, a pre-filled secretary), so a value set from
 * data shows a name rather than a number.
 */
export function PersonPicker({
  value,
  onChange,
  multiple,
  known = [],
  id,
  membersOnly,
}: {
  value?: number | number[] | null;
  onChange?: (v: number | number[] | null) => void;
  multiple?: boolean;
  known?: readonly Ref[];
  id?: string;
  membersOnly?: boolean;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const { q } = search;
  // Names of people picked from earlier searches, so they keep showing once the search moves on.
  const [picked, setPicked] = useState<Ref[]>([]);
  const found = useQuery({
    queryKey: [...peopleKeys.search(q), membersOnly ?? false],
    queryFn: () => listPeople({ q, partyStatus: membersOnly ? 'member' : undefined }, 1, 30, false),
    enabled: q.length > 0,
  });
  const options: RemoteOption[] = (found.data?.items ?? []).map((p) => personOption(t, p));
  const listed = new Set(options.map((o) => o.value));
  const chosen = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  for (const k of [...known, ...picked]) {
    if (chosen.includes(k.id) && !listed.has(k.id)) {
      options.unshift({ value: k.id, label: k.name, desc: '' });
      listed.add(k.id);
    }
  }
  return (
    <RemoteSelect<number | number[] | null>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      value={value ?? (multiple ? [] : null)}
      onChange={(v) => {
        const ids = v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
        const fresh = (found.data?.items ?? [])
          .filter((p) => ids.includes(p.id))
          .map((p) => ({ id: p.id, name: t('person.nameWithNo', { name: p.name, no: p.employeeNo }) }));
        if (fresh.length) setPicked((old) => [...old.filter((o) => !fresh.some((f) => f.id === o.id)), ...fresh]);
        search.setText('');
        onChange?.(v ?? (multiple ? [] : null));
      }}
      search={search}
      fetching={found.isFetching}
      idleHint={t('person.typeToSearch')}
      options={options}
      optionLabelProp="label"
      placeholder={t('person.pickerPlaceholder')}
    />
  );
}
