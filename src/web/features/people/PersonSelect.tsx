import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { useDebounced } from '../../app/useDebounced.ts';
import { listPeople, peopleKeys } from './api.ts';

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
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useQuery({
    queryKey: [...peopleKeys.search(q), membersOnly ?? false],
    queryFn: () => listPeople({ q, partyStatus: membersOnly ? 'member' : undefined }, 1, 30, false),
    enabled: q.length > 0,
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
        label: t('person.nameWithNo', { name: p.name, no: p.employeeNo }),
        desc: p.unit.name,
      }))}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.desc}
          </Typography.Text>
        </div>
      )}
      placeholder={t('person.pickerPlaceholder')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : q ? t('common.noMatch') : t('person.typeToSearch')}
      style={{ width: '100%' }}
    />
  );
}
