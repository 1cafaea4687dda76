/** Messages of the role homes (counselor, secretary, handler) shown on 首页. */
export const homeRolesZh = {
  'home.section.pairings': '我的结对',
};

export const homeRolesEn: Record<keyof typeof homeRolesZh, string> = {
  'home.section.pairings': 'My pairings',
};
