/** Messages of the training pages (sessions, attendance, online hours, a person's record, gaps and rates). */
export const trainingZh = {
  'menu.training': '培训学时',
  'home.shortcut.training': '轮训与集中培训、出勤与学时、线上学习、未达标与新任书记培训',
};

export const trainingEn: Record<keyof typeof trainingZh, string> = {
  'menu.training': 'Training',
  'home.shortcut.training': 'Rotation and centralized training, attendance and credit hours, online courses, gaps',
};
