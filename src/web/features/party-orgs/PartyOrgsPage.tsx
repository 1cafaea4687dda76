import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Button, Select } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type PartyOrg, partyOrgFilters } from '../../../contracts/party-orgs.ts';
import { PARTY_ORG_KINDS, TERM_STATUSES } from '../../../contracts/registry-enums.ts';
import { withQuery } from '../../app/api/client.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { FilterPanel, FilterSwitch } from '../../app/FilterPanel.tsx';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PagedTable, usePagedQuery } from '../../app/paging.tsx';
import { SearchBox } from '../../app/SearchBox.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useListFilters } from '../../app/useUrlFilters.ts';
import { useEnumOptions } from '../registry/enums.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { exportPartyOrgs, listPartyOrgs, partyOrgKeys } from './api.ts';
import { PartyOrgFormModal } from './PartyOrgModals.tsx';
import { PartyOrgKindTag, TermTag, termRange } from './TermTag.tsx';

const KEYS = ['unitId', 'kind', 'termStatus', 'includeDissolved', 'q'] as const;

/** 党组织: the party orgs of a subtree, their terms (即将到期 / 已超期 flagged), secretaries and members. */
export default function PartyOrgsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const compact = useCompact();
  const options = useEnumOptions();
  const { filters, set, panel } = useListFilters(partyOrgFilters, KEYS);
  const [creating, setCreating] = useState(false);
  const canManage = me.permissions.includes('registry.manage');
  const { paging, query } = usePagedQuery({
    filters,
    queryKey: (page, pageSize) => partyOrgKeys.list(filters, page, pageSize),
    queryFn: (page, pageSize) => listPartyOrgs(filters, page, pageSize),
  });

  const columns = useMemo<ProColumns<PartyOrg>[]>(
    () => [
      {
        title: t('partyOrg.name'),
        key: 'name',
        fixed: compact ? undefined : 'left',
        render: (_, o) => <Link to={`/party-orgs/${o.id}`}>{o.name}</Link>,
      },
      { title: t('partyOrg.kind'), key: 'kind', render: (_, o) => <PartyOrgKindTag kind={o.kind} /> },
      { title: t('partyOrg.termStatus'), key: 'termStatus', render: (_, o) => <TermTag status={o.termStatus} /> },
      { title: t('partyOrg.secretary'), key: 'secretary', render: (_, o) => o.secretary?.name ?? '—' },
      {
        title: t('partyOrg.memberCount'),
        key: 'memberCount',
        align: 'right',
        render: (_, o) => (
          <Link to={withQuery('/people', { partyOrgId: o.id, partyStatus: 'member' })}>{o.memberCount}</Link>
        ),
      },
      { title: t('partyOrg.unit'), key: 'unit', render: (_, o) => o.unit.name },
      { title: t('partyOrg.parent'), key: 'parent', render: (_, o) => o.parent?.name ?? '—' },
      { title: t('partyOrg.term'), key: 'term', render: (_, o) => termRange(o.termStart, o.termEnd) },
      { title: t('partyOrg.code'), key: 'code', dataIndex: 'code' },
      { title: t('partyOrg.foundedOn'), key: 'foundedOn', render: (_, o) => formatDate(o.foundedOn) },
      { title: t('partyOrg.dissolvedOn'), key: 'dissolvedOn', render: (_, o) => formatDate(o.dissolvedOn) },
    ],
    [t, compact],
  );

  return (
    <PageContainer title={t('menu.partyOrgs')}>
      <FilterPanel
        {...panel}
        search={
          <SearchBox value={filters.q} onSearch={(q) => set({ q })} placeholder={t('partyOrg.searchPlaceholder')} />
        }
      >
        <UnitTreeSelect
          value={filters.unitId ?? null}
          onChange={(id) => set({ unitId: id ?? undefined })}
          placeholder={t('filter.unitAll')}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          value={filters.kind ?? null}
          onChange={(v) => set({ kind: v ?? undefined })}
          placeholder={t('partyOrg.kind')}
          style={{ width: 160 }}
          options={options('partyOrgKind', PARTY_ORG_KINDS)}
        />
        <Select
          allowClear
          value={filters.termStatus ?? null}
          onChange={(v) => set({ termStatus: v ?? undefined })}
          placeholder={t('partyOrg.termStatus')}
          style={{ width: 160 }}
          options={options('termStatus', TERM_STATUSES)}
          data-testid="filter-term-status"
        />
        <FilterSwitch
          value={filters.includeDissolved}
          onChange={(includeDissolved) => set({ includeDissolved })}
          label={t('partyOrg.includeDissolved')}
        />
      </FilterPanel>
      <PagedTable<PartyOrg>
        query={query}
        paging={paging}
        columns={columns}
        columnsState={{
          persistenceKey: 'liandian.columns.party-orgs',
          persistenceType: 'localStorage',
          defaultValue: { foundedOn: { show: false }, dissolvedOn: { show: false } },
        }}
        toolBarRender={() => [
          <ExportButton key="export" run={() => exportPartyOrgs(filters)} />,
          ...(canManage
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('partyOrg.create')}
                </Button>,
              ]
            : []),
        ]}
      />
      {creating ? (
        <PartyOrgFormModal
          org={null}
          unitId={filters.unitId}
          onClose={() => setCreating(false)}
          onDone={(saved) => {
            setCreating(false);
            navigate(`/party-orgs/${saved.id}`);
          }}
        />
      ) : null}
    </PageContainer>
  );
}
