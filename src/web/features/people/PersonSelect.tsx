import { useQuery } from '@tanstack/react-query';
import type { Person } from '../../../contracts/people.ts';
import { type Translate, useT } from '../../app/i18n/index.tsx';
import { type RemoteOption, RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { listPeople, peopleKeys } from './api.ts';

/** A found person as an option: name with employee number, the unit beneath. */
export const personOption = (t: Translate, p: Person): RemoteOption => ({
  value: p.id,
  label: t('person.nameWithNo', { name: p.name, no: p.employeeNo }),
  desc: p.unit.name,
});

/** A person found by name or employee number (members first when `membersOnly`). */
export function PersonSelect({
  value,
  onChange,
  id,
  membersOnly,
}: {
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
  membersOnly?: boolean;
}) {
  const t = useT();
  const search = useRemoteSearch();
  const { q } = search;
  const found = useQuery({
    queryKey: [...peopleKeys.search(q), membersOnly ?? false],
    queryFn: () => listPeople({ q, partyStatus: membersOnly ? 'member' : undefined }, 1, 30, false),
    enabled: q.length > 0,
  });
  return (
    <RemoteSelect<number | null>
      id={id}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      search={search}
      fetching={found.isFetching}
      idleHint={t('person.typeToSearch')}
      options={(found.data?.items ?? []).map((p) => personOption(t, p))}
      placeholder={t('person.pickerPlaceholder')}
    />
  );
}
