import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { SessionListItem } from '../../../contracts/training.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { fetchSessions, type SessionFilters, trainingKeys } from './api.ts';
import { attendanceRate, dateRange, expectedOf, formatHours } from './labels.ts';
import { SessionCounts } from './SessionCounts.tsx';
import { CentralizedTag, MethodTag } from './Tags.tsx';

/** 培训班次: the sessions in reach with their dates, method, place and who came. */
export function SessionsTab({ filters }: { filters: SessionFilters }) {
  const t = useT();
  const compact = useCompact();
  const navigate = useNavigate();
  const list = useQuery({ queryKey: trainingKeys.sessions(filters), queryFn: () => fetchSessions(filters) });
  if (list.isError && !list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data ?? [];
  const place = (s: SessionListItem) => s.placeName ?? t(`trn.place.${s.placeKind}`);
  if (compact) {
    return (
      <Flex vertical gap={12} data-testid="session-cards">
        {items.length === 0 && !list.isPending && <Empty description={t('trn.list.empty')} />}
        {items.map((s) => (
          <Card
            key={s.id}
            size="small"
            hoverable
            onClick={() => navigate(`/training/sessions/${s.id}`)}
            title={
              <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                {s.title}
              </Typography.Text>
            }
          >
            <Flex vertical gap={6}>
              <Flex gap={4} wrap>
                <Tag>{dateRange(s.startsOn, s.endsOn)}</Tag>
                <MethodTag method={s.method} />
                <CentralizedTag centralized={s.centralized} />
                <Tag>
                  {t('trn.list.creditHours')} {formatHours(s.creditHours)}
                </Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ wordBreak: 'break-word' }}>
                {s.unit.name} · {place(s)}
                {s.program ? ` · ${s.program.name}` : ''}
              </Typography.Text>
              <SessionCounts counts={s.counts} />
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Table<SessionListItem>
      rowKey="id"
      size="small"
      loading={list.isPending}
      dataSource={items}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('trn.list.empty') }}
      data-testid="session-table"
      columns={[
        { title: t('trn.list.dates'), render: (_, s) => dateRange(s.startsOn, s.endsOn), width: 110 },
        {
          title: t('trn.list.title'),
          render: (_, s) => (
            <Flex vertical gap={2}>
              <Flex gap={4} wrap align="center">
                <Link to={`/training/sessions/${s.id}`}>{s.title}</Link>
                <CentralizedTag centralized={s.centralized} />
              </Flex>
              {s.program && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.program.name}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        { title: t('trn.list.unit'), render: (_, s) => s.unit.name },
        { title: t('trn.list.method'), render: (_, s) => <MethodTag method={s.method} /> },
        { title: t('trn.list.place'), render: (_, s) => place(s) },
        { title: t('trn.list.creditHours'), render: (_, s) => formatHours(s.creditHours), align: 'right' },
        { title: t('trn.list.expected'), render: (_, s) => expectedOf(s.counts), align: 'right' },
        { title: t('trn.list.attended'), render: (_, s) => s.counts.attended, align: 'right' },
        { title: t('trn.list.absent'), render: (_, s) => s.counts.absent, align: 'right' },
        { title: t('trn.list.hours'), render: (_, s) => formatHours(s.counts.hours), align: 'right' },
        {
          title: t('trn.list.rate'),
          render: (_, s) => attendanceRate(s.counts).text,
        },
      ]}
    />
  );
}
