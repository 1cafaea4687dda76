import { okSchema } from '../../../contracts/common.ts';
import {
  notificationPage,
  type PreferencesBody,
  preferencesSchema,
  readAllSchema,
  unreadCountSchema,
} from '../../../contracts/notifications.ts';
import { api } from '../../app/api/client.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  list: (status: 'unread' | 'all', page: number, pageSize: number) =>
    ['notifications', 'list', status, page, pageSize] as const,
  preferences: ['notification-preferences'] as const,
};

export const fetchUnreadCount = () => api('GET', '/api/notifications/unread-count', unreadCountSchema);
export const fetchNotifications = (status: 'unread' | 'all', page: number, pageSize: number) =>
  api('GET', `/api/notifications?status=${status}&page=${page}&pageSize=${pageSize}`, notificationPage);
export const markRead = (id: number) => api('POST', `/api/notifications/${id}/read`, okSchema, {});
export const markAllRead = () => api('POST', '/api/notifications/read-all', readAllSchema, {});
export const fetchPreferences = () => api('GET', '/api/notification-preferences', preferencesSchema);
export const savePreferences = (body: PreferencesBody) =>
  api('PUT', '/api/notification-preferences', preferencesSchema, body);
