import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useTabParam } from '../../app/useTabParam.ts';
import { fetchNotifications, notificationKeys } from './api.ts';
import { NotificationRow } from './NotificationRow.tsx';
import { PreferencesTab } from './PreferencesTab.tsx';
import { useNotificationActions } from './useNotificationActions.ts';

const TABS = ['list', 'settings'] as const;

/** 消息提醒: the caller's reminders (unread or all, newest first) and the 提醒设置 tab. */
export default function NotificationsPage() {
  const t = useT();
  const [tab, setTab] = useTabParam(TABS);
  return (
    <PageContainer title={t('menu.notifications')}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'list', label: t('notifications.tab.list'), children: <ListTab /> },
          { key: 'settings', label: t('notifications.tab.settings'), children: <PreferencesTab /> },
        ]}
      />
    </PageContainer>
  );
}

const PAGE_SIZE = 20;

function ListTab() {
  const t = useT();
  const [status, setStatus] = useState<'unread' | 'all'>('unread');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: notificationKeys.list(status, page, PAGE_SIZE),
    queryFn: () => fetchNotifications(status, page, PAGE_SIZE),
  });
  const { open, read, readAll } = useNotificationActions();
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  return (
    <Card size="small">
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 8 }}>
        <Segmented<'unread' | 'all'>
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={[
            { value: 'unread', label: t('notifications.filter.unread') },
            { value: 'all', label: t('notifications.filter.all') },
          ]}
        />
        <Button size="small" loading={readAll.isPending} onClick={() => readAll.mutate()}>
          {t('notifications.readAll')}
        </Button>
      </Flex>
      <List
        loading={query.isPending}
        dataSource={data?.items ?? []}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={status === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}
            />
          ),
        }}
        pagination={
          data && data.total > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage, size: 'small' }
            : false
        }
        renderItem={(n) => (
          <List.Item
            data-testid="notification-item"
            style={{ paddingInline: 0 }}
            actions={
              n.readAt === null
                ? [
                    <Button key="read" size="small" type="link" onClick={() => read.mutate(n.id)}>
                      {t('notifications.markRead')}
                    </Button>,
                  ]
                : []
            }
          >
            <NotificationRow n={n} onOpen={open} />
          </List.Item>
        )}
      />
    </Card>
  );
}
