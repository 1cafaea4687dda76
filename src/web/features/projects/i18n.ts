export const projectsZh = {
  'menu.projects': '领题项目',
  'home.shortcut.projects': '书记领题、支部破题、一科一品：申报、评审立项、实施、评比',
};
export const projectsEn: Record<keyof typeof projectsZh, string> = {
  'menu.projects': 'Led projects',
  'home.shortcut.projects':
    'Secretary-led, branch-led and section brand projects: proposal, approval, progress, ranking',
};
