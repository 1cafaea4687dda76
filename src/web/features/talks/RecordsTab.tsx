import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { TALK_KINDS, type TalkKind, type TalkListItem } from '../../../contracts/talks.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchTalks, type TalkQuery, talkKeys } from './api.ts';
import { yearChoices } from './labels.ts';

/** 谈话记录: the talks the user may see (never their content), by year and kind; a row opens the talk. */
export function RecordsTab({ onOpenTalk }: { onOpenTalk(id: number): void }) {
  const t = useT();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<TalkKind | null>(null);
  const q: TalkQuery = { year, ...(kind ? { kind } : {}) };
  const query = useQuery({
    queryKey: talkKeys.list(q),
    queryFn: () => fetchTalks(q),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<TalkListItem> = [
    { title: t('talk.list.occurredOn'), dataIndex: 'occurredOn', fixed: 'left' },
    { title: t('talk.list.kind'), render: (_, r) => t(`talk.kind.${r.kind}`) },
    { title: t('talk.list.initiator'), dataIndex: ['initiator', 'name'] },
    { title: t('talk.list.counterpart'), dataIndex: ['counterpart', 'name'] },
    { title: t('talk.list.unit'), dataIndex: ['unit', 'name'] },
    { title: t('talk.list.partyOrg'), render: (_, r) => r.partyOrg?.name ?? '—' },
    { title: '', render: (_, r) => (r.dueTalkId ? <Tag>{t('talk.list.fromDue')}</Tag> : null) },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('talk.confidentialHint')}</Typography.Text>
      <Flex wrap gap={8} align="center">
        <Select<number>
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          aria-label={t('talk.list.year')}
          options={yearChoices(thisYear).map((y) => ({ value: y, label: String(y) }))}
        />
        <Select<TalkKind | null>
          value={kind}
          onChange={(v) => setKind(v ?? null)}
          allowClear
          placeholder={t('talk.list.kindAll')}
          style={{ width: 180, maxWidth: '100%' }}
          options={TALK_KINDS.map((k) => ({ value: k, label: t(`talk.kind.${k}`) }))}
        />
        {query.data ? (
          <Typography.Text type="secondary">{t('talk.list.count', { count: query.data.length })}</Typography.Text>
        ) : null}
      </Flex>
      {query.isError && !query.data ? (
        <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<TalkListItem>
          data-testid="talk-table"
          rowKey="id"
          size="small"
          loading={query.isFetching}
          columns={columns}
          dataSource={query.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('talk.list.empty') }}
          onRow={(r) => ({ onClick: () => onOpenTalk(r.id), style: { cursor: 'pointer' } })}
        />
      )}
    </Flex>
  );
}
