import { EyeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PersonDetail, Transfer } from '../../../contracts/people.ts';
import { COMMITTEE_ROLES, type CommitteeRole } from '../../../contracts/registry-enums.ts';
import { formatDate, formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useEnumLabel } from '../registry/enums.ts';
import { fetchPerson, peopleKeys } from './api.ts';
import { PersonFormModal } from './PersonFormModal.tsx';
import { TransferModal } from './TransferModal.tsx';
import { PartyStatusTag, RelationTag } from './tags.tsx';

const isRole = (r: string): r is CommitteeRole => (COMMITTEE_ROLES as readonly string[]).includes(r);

function Facts({ p }: { p: PersonDetail }) {
  const t = useT();
  const label = useEnumLabel();
  const compact = useCompact();
  return (
    <Descriptions
      column={compact ? 1 : 2}
      size="small"
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      data-testid="person-facts"
    >
      <Descriptions.Item label={t('person.employeeNo')}>{p.employeeNo}</Descriptions.Item>
      <Descriptions.Item label={t('person.name')}>{p.name}</Descriptions.Item>
      <Descriptions.Item label={t('person.gender')}>{label('gender', p.gender)}</Descriptions.Item>
      <Descriptions.Item label={t('person.unit')}>
        <Link to={`/units/${p.unit.id}`}>{p.unit.name}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('person.position')}>{p.position ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('person.cadreGrade')}>
        {label('cadreGrade', p.cadreGrade)}
        {p.midLevelOrAbove ? (
          <Tag bordered={false} color="gold" style={{ marginInlineStart: 6 }}>
            {t('people.filter.midLevelYes')}
          </Tag>
        ) : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('person.employmentStatus')}>
        {label('employmentStatus', p.employmentStatus)}
      </Descriptions.Item>
      <Descriptions.Item label={t('person.hiredOn')}>{formatDate(p.hiredOn)}</Descriptions.Item>
      <Descriptions.Item label={t('person.leftOn')}>{formatDate(p.leftOn)}</Descriptions.Item>
      <Descriptions.Item label={t('person.partyStatus')}>
        <PartyStatusTag status={p.partyStatus} />
      </Descriptions.Item>
      <Descriptions.Item label={t('person.joinedPartyOn')}>{formatDate(p.joinedPartyOn)}</Descriptions.Item>
      <Descriptions.Item label={t('person.fullMemberOn')}>{formatDate(p.fullMemberOn)}</Descriptions.Item>
      <Descriptions.Item label={t('person.partyOrg')}>
        {p.partyOrg ? <Link to={`/party-orgs/${p.partyOrg.id}`}>{p.partyOrg.name}</Link> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('person.partyRelation')}>
        <RelationTag relation={p.partyRelation} />
      </Descriptions.Item>
      <Descriptions.Item label={t('person.externalOrgName')}>{p.externalOrgName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('person.phone')}>
        <span data-testid="person-phone">{p.phone ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('person.idNumber')}>
        <span data-testid="person-id-number">{p.idNumber ?? '—'}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}

function Transfers({ rows }: { rows: Transfer[] }) {
  const t = useT();
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.noTransfers')} />;
  return (
    <Table<Transfer>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={[
        { title: t('transfer.effectiveOn'), key: 'on', render: (_, r) => formatDate(r.effectiveOn) },
        { title: t('transfer.kind'), key: 'kind', render: (_, r) => t(`transfer.kind.${r.kind}`) },
        { title: t('transfer.from'), key: 'from', render: (_, r) => r.from?.name ?? '—' },
        { title: t('transfer.to'), key: 'to', render: (_, r) => r.to?.name ?? t('transfer.toOutside') },
        { title: t('transfer.note'), key: 'note', render: (_, r) => r.note ?? '—' },
        { title: t('transfer.recordedAt'), key: 'at', render: (_, r) => formatDateTime(r.recordedAt) },
      ]}
    />
  );
}

function CommitteeRoles({ p }: { p: PersonDetail }) {
  const t = useT();
  const label = useEnumLabel();
  if (p.committeeRoles.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.noCommitteeRoles')} />;
  }
  return (
    <Table
      rowKey={(r) => `${r.partyOrg.id}-${r.role}-${r.startedOn}`}
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={p.committeeRoles}
      columns={[
        {
          title: t('person.partyOrg'),
          key: 'org',
          render: (_, r) => <Link to={`/party-orgs/${r.partyOrg.id}`}>{r.partyOrg.name}</Link>,
        },
        {
          title: t('committee.role'),
          key: 'role',
          render: (_, r) => (isRole(r.role) ? label('committeeRole', r.role) : r.role),
        },
        { title: t('committee.startedOn'), key: 'start', render: (_, r) => formatDate(r.startedOn) },
        {
          title: t('committee.endedOn'),
          key: 'end',
          render: (_, r) => (r.endedOn ? formatDate(r.endedOn) : <Tag color="green">{t('committee.sitting')}</Tag>),
        },
      ]}
    />
  );
}

type Open = 'edit' | 'unit' | 'party_org' | null;

/** Everything about one person: facts, transfers, committee seats; edits and transfers for managers. */
export function PersonDrawer({
  id,
  initialReveal,
  onClose,
}: {
  id: number;
  initialReveal: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const canReveal = me.permissions.includes('sensitive.view');
  const canManage = me.permissions.includes('registry.manage');
  const [reveal, setReveal] = useState(initialReveal && canReveal);
  const [open, setOpen] = useState<Open>(null);
  const detail = useQuery({ queryKey: peopleKeys.detail(id, reveal), queryFn: () => fetchPerson(id, reveal) });
  const p = detail.data;

  return (
    <Drawer
      open
      onClose={onClose}
      width={compact ? '100%' : 720}
      title={p ? t('person.nameWithNo', { name: p.name, no: p.employeeNo }) : t('person.detailTitle')}
      destroyOnHidden
      data-testid="person-drawer"
    >
      {detail.isPending ? (
        <PageLoading />
      ) : detail.isError ? (
        <LoadFailed error={detail.error} onRetry={() => void detail.refetch()} />
      ) : p ? (
        <Space direction="vertical" size={16} style={{ display: 'flex' }}>
          <Flex wrap gap={8}>
            {canManage ? (
              <>
                <Button onClick={() => setOpen('edit')}>{t('person.edit')}</Button>
                <Button onClick={() => setOpen('unit')}>{t('transfer.unitAction')}</Button>
                {p.partyStatus !== 'none' ? (
                  <Button onClick={() => setOpen('party_org')}>{t('transfer.partyOrgAction')}</Button>
                ) : null}
              </>
            ) : null}
            {canReveal && !p.revealed ? (
              <Button icon={<EyeOutlined />} onClick={() => setReveal(true)} data-testid="person-reveal">
                {t('people.reveal')}
              </Button>
            ) : null}
            {me.permissions.includes('training.read') ? (
              <Link to={`/training/people/${p.id}`}>{t('trn.rec.link.record')}</Link>
            ) : null}
          </Flex>
          {p.revealed ? <Alert type="warning" showIcon message={t('people.revealedNotice')} /> : null}
          <Facts p={p} />
          <div>
            <Typography.Title level={5}>{t('person.transfers')}</Typography.Title>
            <Transfers rows={p.transfers} />
          </div>
          <div>
            <Typography.Title level={5}>{t('person.committeeRoles')}</Typography.Title>
            <CommitteeRoles p={p} />
          </div>
        </Space>
      ) : null}
      {p && open === 'edit' ? (
        <PersonFormModal
          mode={{ kind: 'edit', person: p }}
          onClose={() => setOpen(null)}
          onDone={() => setOpen(null)}
        />
      ) : null}
      {p && (open === 'unit' || open === 'party_org') ? (
        <TransferModal person={p} kind={open} onClose={() => setOpen(null)} />
      ) : null}
    </Drawer>
  );
}
