import { Flex, Tag, Typography } from 'antd';
import type { Notification, NotificationItem } from '../../../contracts/notifications.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';

/** One notification: its title (bold while unread), due date and time; a digest lists its items under it. */
export function NotificationRow({
  n,
  onOpen,
  compact,
}: {
  n: Notification;
  onOpen: (item: NotificationItem) => void;
  compact?: boolean;
}) {
  const t = useT();
  const unread = n.readAt === null;
  return (
    <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
      <Typography.Link
        onClick={() => onOpen(n)}
        strong={unread}
        style={{ whiteSpace: 'normal', wordBreak: 'break-word', color: 'inherit' }}
        data-testid="notification-title"
      >
        {n.title}
      </Typography.Link>
      <Flex wrap gap={6} align="center">
        {unread && !compact ? <Tag color="blue">{t('notifications.unreadTag')}</Tag> : null}
        {n.dueOn ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('notifications.dueOn', { date: n.dueOn })}
          </Typography.Text>
        ) : null}
        {n.kind === 'digest' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('notifications.digestItems', { n: n.items.length })}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(n.createdAt)}
        </Typography.Text>
      </Flex>
      {n.kind === 'digest' && !compact ? (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {n.items.map((i) => (
            <li key={i.id}>
              <Typography.Link
                onClick={() => onOpen(i)}
                strong={i.readAt === null}
                style={{ whiteSpace: 'normal', wordBreak: 'break-word', color: 'inherit' }}
              >
                {i.title}
              </Typography.Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Flex>
  );
}
