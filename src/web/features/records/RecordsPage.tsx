import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Button, DatePicker, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ACTION_KINDS } from '../../../contracts/actions.ts';
import { type RecordItem, recordFilters } from '../../../contracts/records.ts';
import { FilterPanel, FilterSwitch } from '../../app/FilterPanel.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PagedCardsOrTable } from '../../app/PagedCardsOrTable.tsx';
import { usePagedQuery } from '../../app/paging.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useListFilters } from '../../app/useUrlFilters.ts';
import { PairingSelect } from '../pairings/PairingSelect.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { listRecords, recordKeys } from './api.ts';
import { useActionLabel, useActionOptions } from './labels.ts';
import { RecordCards } from './RecordCards.tsx';

const KEYS = ['unitId', 'kind', 'pairingId', 'partyOrgId', 'from', 'to', 'mine'] as const;

/** 纪实台账: records of the caller's reach by unit, kind, pairing, dates, or only their own. */
export default function RecordsPage() {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const label = useActionLabel();
  const options = useActionOptions();
  const { filters, set, panel } = useListFilters(recordFilters, KEYS);
  const { paging, query } = usePagedQuery({
    filters,
    queryKey: (page, pageSize) => recordKeys.list(filters, page, pageSize),
    queryFn: (page, pageSize) => listRecords(filters, page, pageSize),
  });

  const columns = useMemo<ProColumns<RecordItem>[]>(
    () => [
      { title: t('record.occurredAt'), key: 'occurredAt', render: (_, r) => formatDateTime(r.occurredAt) },
      { title: t('record.kind'), key: 'kind', render: (_, r) => <Tag color="red">{label('actionKind', r.kind)}</Tag> },
      {
        title: t('record.title'),
        key: 'title',
        render: (_, r) => (
          <Link to={`/records/${r.id}`} data-testid="record-link">
            {r.title}
          </Link>
        ),
      },
      { title: t('record.unit'), key: 'unit', render: (_, r) => r.unit.name },
      { title: t('record.mode'), key: 'mode', render: (_, r) => label('recordMode', r.mode) },
      { title: t('record.personTimes'), key: 'personTimes', align: 'right', dataIndex: 'personTimes' },
      { title: t('record.author'), key: 'author', render: (_, r) => r.author.name },
      {
        title: t('record.state'),
        key: 'editable',
        render: (_, r) =>
          r.editable ? (
            <Tag color="processing">{t('record.editableUntilShort', { until: formatDateTime(r.editableUntil) })}</Tag>
          ) : (
            <Tag>{t('record.lockedTag')}</Tag>
          ),
      },
    ],
    [t, label],
  );
  const canWrite = me.permissions.includes('records.write');
  return (
    <PageContainer title={t('menu.records')}>
      <FilterPanel
        {...panel}
        search={
          <Select
            allowClear
            value={filters.kind ?? null}
            onChange={(v) => set({ kind: v ?? undefined })}
            placeholder={t('record.kind')}
            options={options('actionKind', ACTION_KINDS)}
            style={{ width: compact ? '100%' : 160 }}
          />
        }
      >
        <UnitTreeSelect
          value={filters.unitId ?? null}
          onChange={(id) => set({ unitId: id ?? undefined })}
          placeholder={t('filter.unitAll')}
          style={{ width: 220 }}
        />
        <div style={{ width: 220 }}>
          <PairingSelect
            value={filters.pairingId ?? null}
            onChange={(id) => set({ pairingId: id ?? undefined })}
            personId={null}
          />
        </div>
        <DatePicker.RangePicker
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          allowEmpty={[true, true]}
        />
        <FilterSwitch value={filters.mine} onChange={(mine) => set({ mine })} label={t('record.mine')} />
      </FilterPanel>
      <PagedCardsOrTable<RecordItem>
        query={query}
        paging={paging}
        columns={columns}
        cards={(items) => <RecordCards items={items} />}
        action={
          canWrite ? (
            <Link key="new" to="/records/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('record.new')}
              </Button>
            </Link>
          ) : null
        }
      />
    </PageContainer>
  );
}
