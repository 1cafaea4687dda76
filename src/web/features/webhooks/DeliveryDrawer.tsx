import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Drawer, Empty, Flex, Pagination, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DeliveryAttempt, Webhook } from '../../../contracts/webhooks.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { fetchDeliveries, webhookKeys } from './api.ts';
import { STATUS_COLORS } from './labels.ts';

/** 投递日志: a robot's messages, newest first, each with every attempt (time, status code, error, duration). */
export function DeliveryDrawer({ robot, onClose }: { robot: Webhook; onClose(): void }) {
  const t = useT();
  const compact = useCompact();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: webhookKeys.deliveries(robot.id, page),
    queryFn: () => fetchDeliveries(robot.id, page),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  return (
    <Drawer open onClose={onClose} width={compact ? '100%' : 720} title={t('wh.logTitle', { name: robot.name })}>
      {query.isError && !data ? (
        <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
      ) : !data ? (
        <PageLoading />
      ) : data.items.length === 0 ? (
        <Empty description={t('wh.logEmpty')} />
      ) : (
        <Flex vertical gap={12} data-testid="delivery-log">
          {data.items.map((d) => (
            <Card
              key={d.id}
              size="small"
              title={
                <Flex gap={6} wrap align="center">
                  <Tag color={STATUS_COLORS[d.status]}>{t(`wh.status.${d.status}`)}</Tag>
                  <Tag>{d.source === 'test' ? t('wh.source.test') : t('wh.source.notifications')}</Tag>
                  <Typography.Text style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>{d.title}</Typography.Text>
                </Flex>
              }
            >
              <Typography.Text type="secondary">
                {formatDateTime(d.createdAt)} · {t('wh.attempts', { n: d.attempts })}
                {d.nextAttemptAt ? ` · ${t('wh.nextAt', { at: formatDateTime(d.nextAttemptAt) })}` : ''}
              </Typography.Text>
              {d.log.length > 0 && (
                <Table<DeliveryAttempt>
                  style={{ marginTop: 8 }}
                  rowKey="attempt"
                  size="small"
                  pagination={false}
                  dataSource={d.log}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('wh.attempt'), dataIndex: 'attempt', width: 60 },
                    { title: t('wh.at'), render: (_, a) => formatDateTime(a.at) },
                    { title: t('wh.statusCode'), render: (_, a) => a.statusCode ?? t('wh.noAnswer') },
                    {
                      title: t('wh.error'),
                      render: (_, a) =>
                        a.error ? (
                          <Typography.Text
                            type="danger"
                            style={{ display: 'block', maxWidth: 280, wordBreak: 'break-word' }}
                          >
                            {a.error}
                          </Typography.Text>
                        ) : (
                          '—'
                        ),
                    },
                    { title: t('wh.duration'), align: 'right', render: (_, a) => `${a.durationMs} ms` },
                  ]}
                />
              )}
            </Card>
          ))}
          {data.total > data.pageSize && (
            <Pagination
              simple
              current={page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={setPage}
              style={{ alignSelf: 'center' }}
            />
          )}
        </Flex>
      )}
    </Drawer>
  );
}
