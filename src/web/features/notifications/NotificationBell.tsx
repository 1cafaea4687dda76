import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Drawer, Empty, Flex, List, Popover, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { fetchNotifications, fetchUnreadCount, notificationKeys } from './api.ts';
import { NotificationRow } from './NotificationRow.tsx';
import { useNotificationActions } from './useNotificationActions.ts';

const LATEST = 8;
const POLL_MS = 60_000;

/**
 * The header's bell: the unread count (polled every minute and on focus), the latest
 * reminders in a popover — on a phone in a drawer, which a header popover cannot fit.
 */
export function NotificationBell() {
  const me = useMe();
  if (!me.permissions.includes('notifications.read')) return null;
  return <Bell />;
}

function Bell() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const compact = useCompact();
  const count = useQuery({
    queryKey: notificationKeys.count,
    queryFn: fetchUnreadCount,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
  const latest = useQuery({
    queryKey: notificationKeys.list('all', 1, LATEST),
    queryFn: () => fetchNotifications('all', 1, LATEST),
    enabled: open,
  });
  const { open: openItem, readAll } = useNotificationActions(() => setOpen(false));
  const unread = count.data?.count ?? 0;
  const items = latest.data?.items ?? [];
  const content = (
    <div style={compact ? undefined : { width: 360 }} data-testid="notification-popover">
      {latest.isPending ? (
        <Flex justify="center" style={{ padding: 16 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          style={compact ? undefined : { maxHeight: 'min(420px, 60vh)', overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item style={{ paddingInline: 0 }}>
              <NotificationRow n={n} onOpen={openItem} compact />
            </List.Item>
          )}
        />
      )}
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Button size="small" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
          {t('notifications.readAll')}
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.viewAll')}
        </Link>
      </Flex>
    </div>
  );
  const bell = (
    <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={t('notifications.bell')}
        data-testid="notification-bell"
        onClick={compact ? () => setOpen(true) : undefined}
      />
    </Badge>
  );
  if (compact) {
    return (
      <>
        {bell}
        <Drawer
          title={t('notifications.latest')}
          placement="right"
          width="100vw"
          open={open}
          onClose={() => setOpen(false)}
          styles={{ body: { paddingTop: 8 } }}
        >
          {content}
        </Drawer>
      </>
    );
  }
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('notifications.latest')}
      content={content}
      open={open}
      onOpenChange={setOpen}
    >
      {bell}
    </Popover>
  );
}
