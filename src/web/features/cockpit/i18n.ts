/** Messages of the cockpit (charts, figures, drill-down). */
export const cockpitZh = {
  'menu.cockpit': '驾驶舱',
  'home.shortcut.cockpit': '本单位及下级单位的覆盖率、参与率、完成率、问题办结、清单、项目、培训，逐级下钻',
};

export const cockpitEn: Record<keyof typeof cockpitZh, string> = {
  'menu.cockpit': 'Cockpit',
  'home.shortcut.cockpit':
    'Coverage, participation, completion, concerns, checklists, projects and training of your units, drill-down by unit',
};
