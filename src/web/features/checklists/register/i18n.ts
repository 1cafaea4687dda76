/** Messages of the checklist register pages; spread into app/i18n. The English object is typed by the Chinese one. */
export const checklistRegisterZh = {
  'menu.checklistFollowUp': '清单督导',
  'home.shortcut.checklistFollowUp': '一月一汇报、一季一检查与整改跟踪',
} as const;

export const checklistRegisterEn: Record<keyof typeof checklistRegisterZh, string> = {
  'menu.checklistFollowUp': 'Checklist follow-up',
  'home.shortcut.checklistFollowUp': 'Monthly reports, quarterly inspections and rectifications',
};
