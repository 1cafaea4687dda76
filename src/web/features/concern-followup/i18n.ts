/**
 * Messages of the follow-up pages (figures, committee meetings, exemplars and
 * admonitions, quarterly report) and of the concern settings (categories,
 * routing table, working calendar). Spread into the app's dictionaries.
 */
export const concernFollowUpZh = {
  'menu.concernFollowUp': '跟踪问效',
  'home.shortcut.concernFollowUp': '解决率、办理时长、党委研究事项、选树典型与约谈督导',
  'menu.concernSettings': '分办设置',
  'home.shortcut.concernSettings': '问题类别与办理时限、归口部门分办表、工作日历',
} as const;

export const concernFollowUpEn: Record<keyof typeof concernFollowUpZh, string> = {
  'menu.concernFollowUp': 'Follow-up',
  'home.shortcut.concernFollowUp': 'Resolution rates and times, committee decisions, exemplars and admonitions',
  'menu.concernSettings': 'Concern settings',
  'home.shortcut.concernSettings': 'Categories and SLAs, the routing table, the working-day calendar',
};
