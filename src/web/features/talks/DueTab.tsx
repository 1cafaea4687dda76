import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { DueState, DueTalk } from '../../../contracts/talks.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { type DueQuery, fetchDue, talkKeys } from './api.ts';
import { DueStateTag } from './DueStateTag.tsx';
import { TalkFormModal } from './TalkFormModal.tsx';

type Filter = 'open' | 'overdue' | 'done';
const STATE_OF: Record<Filter, DueState | undefined> = { open: undefined, overdue: 'overdue', done: 'done' };

/** 待谈话: the talks due (mine, or all for confidential readers), by state, each with 记录谈话. */
export function DueTab({ onOpenTalk }: { onOpenTalk(id: number): void }) {
  const t = useT();
  const me = useMe();
  const canAll = me.permissions.includes('talks.read_confidential');
  const canRecord = me.permissions.includes('talks.record');
  const [view, setView] = useState<'mine' | 'all'>('mine');
  const [filter, setFilter] = useState<Filter>('open');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [recording, setRecording] = useState<DueTalk | null>(null);
  const q: DueQuery = {
    view: canAll ? view : 'mine',
    ...(STATE_OF[filter] ? { state: STATE_OF[filter] } : {}),
    ...(canAll && view === 'all' && unitId ? { unitId } : {}),
  };
  const query = useQuery({ queryKey: talkKeys.due(q), queryFn: () => fetchDue(q), placeholderData: keepPreviousData });

  const columns: ColumnsType<DueTalk> = [
    { title: t('talk.due.person'), dataIndex: ['person', 'name'], fixed: 'left' },
    { title: t('talk.due.unit'), dataIndex: ['unit', 'name'] },
    { title: t('talk.due.partyOrg'), render: (_, d) => d.partyOrg?.name ?? '—' },
    { title: t('talk.due.reason'), render: (_, d) => t(`talk.reason.${d.reason}`) },
    { title: t('talk.due.raisedOn'), dataIndex: 'raisedOn' },
    { title: t('talk.due.dueOn'), dataIndex: 'dueOn' },
    { title: t('talk.due.state'), render: (_, d) => <DueStateTag state={d.state} days={d.days} /> },
    {
      title: t('talk.due.responsible'),
      render: (_, d) =>
        d.responsible?.name ?? <Typography.Text type="secondary">{t('talk.due.vacant')}</Typography.Text>,
    },
    {
      title: t('common.actions'),
      render: (_, d) =>
        d.talkId ? (
          <Button size="small" type="link" onClick={() => onOpenTalk(d.talkId as number)}>
            {t('talk.due.viewTalk')}
          </Button>
        ) : canRecord ? (
          <Button size="small" type="primary" ghost onClick={() => setRecording(d)} data-testid="due-record">
            {t('talk.record')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        {canAll ? (
          <Segmented<'mine' | 'all'>
            value={view}
            onChange={setView}
            options={[
              { value: 'mine', label: t('talk.due.viewMine') },
              { value: 'all', label: t('talk.due.viewAll') },
            ]}
          />
        ) : null}
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'open', label: t('talk.due.filterOpen') },
            { value: 'overdue', label: t('talk.due.filterOverdue') },
            { value: 'done', label: t('talk.due.filterDone') },
          ]}
        />
        {canAll && view === 'all' ? (
          <UnitTreeSelect
            value={unitId}
            onChange={setUnitId}
            placeholder={t('filter.unitAll')}
            style={{ width: 240, maxWidth: '100%' }}
          />
        ) : null}
        {query.data ? (
          <Typography.Text type="secondary">{t('talk.due.today', { today: query.data.today })}</Typography.Text>
        ) : null}
      </Flex>
      {query.isError && !query.data ? (
        <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<DueTalk>
          data-testid="due-table"
          rowKey="id"
          size="small"
          loading={query.isFetching}
          columns={columns}
          dataSource={query.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('talk.due.empty') }}
        />
      )}
      {recording ? <TalkFormModal due={recording} onClose={() => setRecording(null)} /> : null}
    </Flex>
  );
}
