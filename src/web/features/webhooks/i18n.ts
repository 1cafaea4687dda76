/** Messages of chat-group robots (webhooks) and their delivery log. */
export const webhooksZh = {
  'menu.webhooks': '群机器人',
  'home.shortcut.webhooks': '企业微信、钉钉群机器人推送配置与投递日志',
};

export const webhooksEn: Record<keyof typeof webhooksZh, string> = {
  'menu.webhooks': 'Chat robots',
  'home.shortcut.webhooks': 'WeCom / DingTalk group robots per unit, and their delivery log',
};
