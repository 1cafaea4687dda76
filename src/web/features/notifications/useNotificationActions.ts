import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import type { NotificationItem } from '../../../contracts/notifications.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { markAllRead, markRead, notificationKeys } from './api.ts';

/** Open a notification (marking it read first), mark one read, mark all read: the bell's and the page's actions. */
export function useNotificationActions(onOpened?: () => void) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const refresh = () => qc.invalidateQueries({ queryKey: notificationKeys.all });
  const read = useMutation({ mutationFn: markRead, onSuccess: refresh, onError: (e) => onError(e) });
  const readAll = useMutation({
    mutationFn: markAllRead,
    onSuccess: (r) => {
      void message.success(t('notifications.readAllDone', { n: r.updated }));
      return refresh();
    },
    onError: (e) => onError(e),
  });
  const open = (n: NotificationItem) => {
    if (n.readAt === null) read.mutate(n.id);
    onOpened?.();
    if (n.link) void navigate(n.link);
  };
  return { open, read, readAll };
}
