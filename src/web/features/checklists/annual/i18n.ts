/** Messages of the checklist annual pages; spread into app/i18n. The English object is typed by the Chinese one. */
export const checklistAnnualZh = {
  'menu.checklists': '责任清单',
  'home.shortcut.checklists': '清单看板：各单位逐项完成情况，点格查看登记簿',
  'menu.assessment': '年度考核',
  'home.shortcut.assessment': '清单得分、党员评议、述职评分与排名，问责记录',
} as const;

export const checklistAnnualEn: Record<keyof typeof checklistAnnualZh, string> = {
  'menu.checklists': 'Checklists',
  'home.shortcut.checklists': 'Checklist board: each unit, item by item, opening its register',
  'menu.assessment': 'Assessment',
  'home.shortcut.assessment': 'Checklist scores, member appraisal, duty reports, ranking and accountability',
};
