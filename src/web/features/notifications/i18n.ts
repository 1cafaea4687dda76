/** Messages of notifications: the bell, the list, reminder preferences. */
export const notificationsZh = {
  'menu.notifications': '消息提醒',
  'home.shortcut.notifications': '应办、逾期事项的提醒，提醒方式设置',
};

export const notificationsEn: Record<keyof typeof notificationsZh, string> = {
  'menu.notifications': 'Notifications',
  'home.shortcut.notifications': 'Reminders of due and overdue items, and how you receive them',
};
