import { ImportOutlined, PlusOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { Button, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { type Pairing, pairingFilters } from '../../../contracts/schemes.ts';
import { withQuery } from '../../app/api/client.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { FilterPanel } from '../../app/FilterPanel.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PagedTable, usePagedQuery } from '../../app/paging.tsx';
import { SearchBox } from '../../app/SearchBox.tsx';
import { useMe } from '../../app/session.tsx';
import { useListFilters } from '../../app/useUrlFilters.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { exportPairings, listPairings, pairingKeys } from './api.ts';
import { BulkPairingModal } from './BulkPairingModal.tsx';
import { EndPairingModal } from './EndPairingModal.tsx';
import { PairingFormModal } from './PairingFormModal.tsx';
import { SchemeSelect } from './SchemeSelect.tsx';

const KEYS = ['schemeId', 'unitId', 'personId', 'status', 'q'] as const;

/** 结对名单: by scheme, subtree, status and name; create, bulk-assign, end. */
export function PairingList() {
  const t = useT();
  const me = useMe();
  const { filters, set, panel } = useListFilters(pairingFilters, KEYS);
  const [modal, setModal] = useState<'create' | 'bulk' | Pairing | null>(null);
  const canManage = me.permissions.includes('pairings.manage');
  const { paging, query } = usePagedQuery({
    filters,
    queryKey: (page, pageSize) => pairingKeys.list(filters, page, pageSize),
    queryFn: (page, pageSize) => listPairings(filters, page, pageSize),
  });

  const columns = useMemo<ProColumns<Pairing>[]>(
    () => [
      {
        title: t('pairing.person'),
        key: 'person',
        render: (_, p) => t('person.nameWithNo', { name: p.person.name, no: p.person.employeeNo }),
      },
      { title: t('pairing.personUnit'), key: 'personUnit', render: (_, p) => p.person.unitName },
      {
        title: t('pairing.target'),
        key: 'target',
        render: (_, p) =>
          p.targetType === 'unit' ? (
            <Link to={`/units/${p.target.id}`}>{p.target.name}</Link>
          ) : (
            <Link to={`/party-orgs/${p.target.id}`}>{p.target.name}</Link>
          ),
      },
      { title: t('pairing.scheme'), key: 'scheme', render: (_, p) => p.scheme.name },
      { title: t('pairing.startsOn'), key: 'startsOn', dataIndex: 'startsOn' },
      { title: t('pairing.endsOn'), key: 'endsOn', render: (_, p) => p.endsOn ?? '—' },
      {
        title: t('pairing.status'),
        key: 'status',
        render: (_, p) =>
          p.active ? <Tag color="success">{t('pairing.active')}</Tag> : <Tag>{t('pairing.ended')}</Tag>,
      },
      {
        title: t('pairing.records'),
        key: 'records',
        render: (_, p) => <Link to={withQuery('/records', { pairingId: p.id })}>{t('pairing.viewRecords')}</Link>,
      },
      ...(canManage
        ? [
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, p: Pairing) =>
                p.active && !p.endsOn ? (
                  <Typography.Link onClick={() => setModal(p)}>{t('pairing.end')}</Typography.Link>
                ) : null,
            },
          ]
        : []),
    ],
    [t, canManage],
  );
  return (
    <>
      <FilterPanel
        {...panel}
        search={
          <SearchBox value={filters.q} onSearch={(q) => set({ q })} placeholder={t('pairing.searchPlaceholder')} />
        }
      >
        <SchemeSelect
          allowClear
          value={filters.schemeId ?? null}
          onChange={(id) => set({ schemeId: id ?? undefined })}
          style={{ width: 220 }}
        />
        <UnitTreeSelect
          value={filters.unitId ?? null}
          onChange={(id) => set({ unitId: id ?? undefined })}
          placeholder={t('filter.unitAll')}
          style={{ width: 220 }}
        />
        <Select
          value={filters.status ?? 'active'}
          onChange={(v) => set({ status: v === 'active' ? undefined : v })}
          options={[
            { value: 'active', label: t('pairing.status.active') },
            { value: 'ended', label: t('pairing.status.ended') },
            { value: 'all', label: t('pairing.status.all') },
          ]}
          style={{ width: 140 }}
        />
      </FilterPanel>
      <PagedTable<Pairing>
        query={query}
        paging={paging}
        columns={columns}
        totalTestId="pairings-total"
        toolBarRender={() => [
          <ExportButton key="export" run={() => exportPairings(filters)} />,
          ...(canManage
            ? [
                <Link key="import" to="/import?kind=pairings">
                  <Button icon={<ImportOutlined />}>{t('pairing.import')}</Button>
                </Link>,
                <Button key="bulk" icon={<UsergroupAddOutlined />} onClick={() => setModal('bulk')}>
                  {t('pairing.bulk')}
                </Button>,
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setModal('create')}>
                  {t('pairing.create')}
                </Button>,
              ]
            : []),
        ]}
      />
      {modal === 'create' ? <PairingFormModal onClose={() => setModal(null)} onDone={() => setModal(null)} /> : null}
      {modal === 'bulk' ? <BulkPairingModal onClose={() => setModal(null)} /> : null}
      {modal && typeof modal === 'object' ? <EndPairingModal pairing={modal} onClose={() => setModal(null)} /> : null}
    </>
  );
}
