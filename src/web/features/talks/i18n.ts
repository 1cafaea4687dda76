/** Messages of the talk pages (due talks, talk records, flags, coverage) and the to-do's talk card. */
export const talksZh = {
  'menu.talks': '谈心谈话',
  'home.shortcut.talks': '应谈提醒、谈话记录（保密）、情况登记、支部谈心谈话覆盖率',
};

export const talksEn: Record<keyof typeof talksZh, string> = {
  'menu.talks': 'Talks',
  'home.shortcut.talks': 'Talks due, confidential talk records, flags, each branch’s talk coverage',
};
