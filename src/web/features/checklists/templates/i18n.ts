/** Messages of the checklist templates pages; spread into app/i18n. The English object is typed by the Chinese one. */
export const checklistTemplatesZh = {
  'menu.checklistTemplates': '清单模板',
  'home.shortcut.checklistTemplates': '按年度制定责任清单、复制上年、导入导出，分配到单位',
} as const;

export const checklistTemplatesEn: Record<keyof typeof checklistTemplatesZh, string> = {
  'menu.checklistTemplates': 'Checklist templates',
  'home.shortcut.checklistTemplates': 'Yearly checklists: copy last year, import and export, assign to units',
};
