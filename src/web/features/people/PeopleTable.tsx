import { EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { Button, Switch, Tooltip, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import type { Person } from '../../../contracts/people.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PagedTable, usePagedQuery } from '../../app/paging.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useEnumLabel } from '../registry/enums.ts';
import { exportPeople, listPeople, type PeopleFilters, peopleKeys } from './api.ts';
import { PeopleFilterBar } from './PeopleFilterBar.tsx';
import { PersonDrawer } from './PersonDrawer.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { PartyStatusTag, RelationTag } from './tags.tsx';

/** Columns hidden until chosen in the column chooser. */
const HIDDEN_BY_DEFAULT = [
  'gender',
  'employmentStatus',
  'hiredOn',
  'joinedPartyOn',
  'fullMemberOn',
  'externalOrgName',
  'idNumber',
];

/**
 * A page of people from the server (filters, paging and the total are the
 * server's; past 10,000 the total reads "10,000+", so a list of a million stays
 * fast), a column chooser remembered per list, export of the current filters,
 * and — for those allowed — a switch that shows phone and ID number in full
 * (each such view is audited by the server).
 */
export function PeopleTable({
  filters,
  onFiltersChange,
  locked,
  persistenceKey,
  headerTitle,
  embedded = false,
}: {
  filters: PeopleFilters;
  onFiltersChange: (next: PeopleFilters) => void;
  locked?: readonly (keyof PeopleFilters)[];
  /** Where the column choice is remembered. */
  persistenceKey: string;
  headerTitle?: ReactNode;
  /** Inside another card (a unit's tab): no card of its own. */
  embedded?: boolean;
}) {
  const t = useT();
  const me = useMe();
  const label = useEnumLabel();
  const compact = useCompact();
  const canReveal = me.permissions.includes('sensitive.view');
  const canManage = me.permissions.includes('registry.manage');
  const [reveal, setReveal] = useState(false);
  const [opened, setOpened] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const { paging, query } = usePagedQuery({
    filters,
    queryKey: (page, pageSize) => peopleKeys.list(filters, page, pageSize, reveal),
    queryFn: (page, pageSize) => listPeople(filters, page, pageSize, reveal),
  });

  const columns = useMemo<ProColumns<Person>[]>(
    () => [
      {
        title: t('person.name'),
        dataIndex: 'name',
        key: 'name',
        fixed: compact ? undefined : 'left',
        render: (_, p) => <Typography.Link onClick={() => setOpened(p.id)}>{p.name}</Typography.Link>,
      },
      { title: t('person.employeeNo'), dataIndex: 'employeeNo', key: 'employeeNo' },
      { title: t('person.gender'), key: 'gender', render: (_, p) => label('gender', p.gender) },
      { title: t('person.unit'), key: 'unit', render: (_, p) => p.unit.name },
      { title: t('person.position'), key: 'position', render: (_, p) => p.position ?? '—' },
      { title: t('person.cadreGrade'), key: 'cadreGrade', render: (_, p) => label('cadreGrade', p.cadreGrade) },
      {
        title: t('person.employmentStatus'),
        key: 'employmentStatus',
        render: (_, p) => label('employmentStatus', p.employmentStatus),
      },
      { title: t('person.hiredOn'), key: 'hiredOn', render: (_, p) => formatDate(p.hiredOn) },
      {
        title: t('person.partyStatus'),
        key: 'partyStatus',
        render: (_, p) => <PartyStatusTag status={p.partyStatus} />,
      },
      { title: t('person.joinedPartyOn'), key: 'joinedPartyOn', render: (_, p) => formatDate(p.joinedPartyOn) },
      { title: t('person.fullMemberOn'), key: 'fullMemberOn', render: (_, p) => formatDate(p.fullMemberOn) },
      { title: t('person.partyOrg'), key: 'partyOrg', render: (_, p) => p.partyOrg?.name ?? '—' },
      {
        title: t('person.partyRelation'),
        key: 'partyRelation',
        render: (_, p) => <RelationTag relation={p.partyRelation} />,
      },
      { title: t('person.externalOrgName'), key: 'externalOrgName', render: (_, p) => p.externalOrgName ?? '—' },
      { title: t('person.phone'), key: 'phone', render: (_, p) => p.phone ?? '—' },
      { title: t('person.idNumber'), key: 'idNumber', render: (_, p) => p.idNumber ?? '—' },
    ],
    [t, label, compact],
  );

  return (
    <>
      <PeopleFilterBar filters={filters} onChange={onFiltersChange} locked={locked} />
      <PagedTable<Person>
        query={query}
        paging={paging}
        columns={columns}
        cardProps={embedded ? { ghost: true } : undefined}
        headerTitle={headerTitle}
        totalTestId="people-total"
        pageSizeOptions={[10, 20, 50, 100]}
        columnsState={{
          persistenceKey,
          persistenceType: 'localStorage',
          defaultValue: Object.fromEntries(HIDDEN_BY_DEFAULT.map((k) => [k, { show: false }])),
        }}
        onRow={(p) => ({ onClick: () => setOpened(p.id), style: { cursor: 'pointer' } })}
        toolBarRender={() => [
          ...(canReveal
            ? [
                <Tooltip key="reveal" title={t('people.revealHint')}>
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <Switch
                      checked={reveal}
                      onChange={setReveal}
                      checkedChildren={<EyeOutlined />}
                      unCheckedChildren={<EyeInvisibleOutlined />}
                      data-testid="reveal-switch"
                    />{' '}
                    {t('people.reveal')}
                  </span>
                </Tooltip>,
              ]
            : []),
          <ExportButton key="export" run={() => exportPeople(filters, reveal)} />,
          ...(canManage
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('person.create')}
                </Button>,
              ]
            : []),
        ]}
      />
      {opened !== null ? <PersonDrawer id={opened} initialReveal={reveal} onClose={() => setOpened(null)} /> : null}
      {creating ? (
        <PersonFormModal
          mode={{ kind: 'create', unitId: filters.unitId }}
          onClose={() => setCreating(false)}
          onDone={(p) => {
            setCreating(false);
            setOpened(p.id);
          }}
        />
      ) : null}
    </>
  );
}
