import type { Localized } from './i18n.ts';

/** Labels of the training programs, sessions, attendance, imports and requirements fields, for error messages that name the field. */
export const TRAINING_FIELDS: Record<string, Localized> = {
  organizer: { 'zh-CN': '主办单位', 'en-US': 'Organizer' },
  programId: { 'zh-CN': '培训项目', 'en-US': 'Program' },
  method: { 'zh-CN': '培训方式', 'en-US': 'Method' },
  placeKind: { 'zh-CN': '培训场所类型', 'en-US': 'Place kind' },
  placeName: { 'zh-CN': '培训地点', 'en-US': 'Place' },
  creditHours: { 'zh-CN': '学时', 'en-US': 'Credit hours' },
  centralized: { 'zh-CN': '是否集中培训', 'en-US': 'Centralized' },
  audience: { 'zh-CN': '培训对象', 'en-US': 'Audience' },
  audienceUnitId: { 'zh-CN': '培训对象范围', 'en-US': 'Audience unit' },
  personIds: { 'zh-CN': '人员', 'en-US': 'People' },
  entries: { 'zh-CN': '考勤记录', 'en-US': 'Attendance entries' },
  status: { 'zh-CN': '出勤状态', 'en-US': 'Status' },
  hours: { 'zh-CN': '认定学时', 'en-US': 'Hours' },
  memberHours: { 'zh-CN': '党员年度学时', 'en-US': 'Member hours' },
  leaderHours: { 'zh-CN': '书记和委员年度学时', 'en-US': 'Secretary and committee hours' },
  centralizedPerYear: { 'zh-CN': '书记年度集中培训次数', 'en-US': 'Centralized sessions per year' },
  newSecretaryMonths: { 'zh-CN': '新任书记培训期限（月）', 'en-US': 'New secretary window (months)' },
};
