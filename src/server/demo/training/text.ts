import type { PlaceKind, TrainingMethod } from '../../../contracts/training.ts';

/** The words of the demo's training: the rotation classes, the city tutoring, the learning platforms' courses. */

export const ORGANIZER = '省分行党委组织部';
export const programTitle = (year: number) => `${year}年基层党组织书记轮训`;
export const programDescription = (year: number) =>
  `按照基层党组织书记每年至少参加一次集中培训、新任书记六个月内完成任职培训的要求，${year}年分期分批对全省党支部、党总支书记开展轮训，综合运用集中讲授、专题辅导、研讨交流、体验式和情景模拟教学。`;

export interface SessionText {
  title: string;
  method: TrainingMethod;
  placeKind: PlaceKind;
  placeName: string;
  days: number;
  creditHours: number;
  description: string;
}

/** This year's classes, in date order. */
export const ROTATION: readonly SessionText[] = [
  {
    title: '第一期：党的创新理论与基层党建实务集中讲授班',
    method: 'lecture',
    placeKind: 'party_school',
    placeName: '江南省委党校',
    days: 5,
    creditHours: 24,
    description:
      '省委党校教授讲授党的创新理论、党章党规和《中国共产党支部工作条例（试行）》，结合金融系统案例解读支部工作规范。',
  },
  {
    title: '第二期：支部工作规范化专题辅导班',
    method: 'tutoring',
    placeKind: 'corporate_university',
    placeName: '省分行党校（江南金融企业大学）',
    days: 3,
    creditHours: 16,
    description: '围绕"三会一课"、主题党日、组织生活会和发展党员程序开展专题辅导，现场答疑并点评各支部台账。',
  },
  {
    title: '第三期：理想信念体验式教学班',
    method: 'experiential',
    placeKind: 'red_base',
    placeName: '云岭红色干部学院',
    days: 4,
    creditHours: 20,
    description: '赴红色教育基地开展现场教学、重温入党誓词、情景党课和革命传统教育，结合金融工作谈体会。',
  },
  {
    title: '第四期：党建与业务融合研讨班',
    method: 'discussion',
    placeKind: 'corporate_university',
    placeName: '省分行党校（江南金融企业大学）',
    days: 3,
    creditHours: 12,
    description: '以"书记领题、支部破题"项目为抓手，分组研讨党建引领普惠金融、风险防控和服务实体经济的做法。',
  },
  {
    title: '第五期：支部书记履职能力情景模拟班',
    method: 'simulation',
    placeKind: 'party_school',
    placeName: '江南省委党校',
    days: 3,
    creditHours: 16,
    description: '模拟召开支委会、党员大会和谈心谈话，演练处置舆情和信访突发情况，学员互评、教员点评。',
  },
];

/** Last year's classes (all finished). */
export const LAST_ROTATION: readonly SessionText[] = [
  { ...ROTATION[0]!, title: '第一期：学习贯彻党的创新理论集中讲授班' },
  { ...ROTATION[2]!, title: '第二期：红色教育基地体验式教学班' },
  { ...ROTATION[1]!, title: '第三期：党务工作实务专题辅导班' },
  { ...ROTATION[3]!, title: '第四期：党建品牌建设研讨班' },
];

export const citySession = (city: string): SessionText => ({
  title: `${city}党务干部专题辅导`,
  method: 'tutoring',
  placeKind: 'in_house',
  placeName: `${city}党员活动中心`,
  days: 1,
  creditHours: 8,
  description: '面向支部委员讲解党费收缴、党员发展和组织关系转接等党务工作要点，交流支部工作台账的规范做法。',
});

export const ABSENCE_REASONS = ['请假：外出培训', '病假', '工作冲突'] as const;

/** Learning-platform courses (platform, course); a person completes several, each once. */
export const PLATFORMS = ['学习强国', '江南金融网络学院'] as const;
export const COURSES: readonly (readonly [(typeof PLATFORMS)[number], string])[] = [
  ['学习强国', '习近平新时代中国特色社会主义思想专题学习'],
  ['学习强国', '党章党规党纪专题学习'],
  ['学习强国', '中国共产党党史专题学习'],
  ['学习强国', '新中国史专题学习'],
  ['学习强国', '改革开放史专题学习'],
  ['学习强国', '社会主义发展史专题学习'],
  ['学习强国', '中央金融工作会议精神解读'],
  ['学习强国', '全面从严治党专题学习'],
  ['学习强国', '中华优秀传统文化专题学习'],
  ['学习强国', '总体国家安全观专题学习'],
  ['江南金融网络学院', '金融系统党建工作实务'],
  ['江南金融网络学院', '《中国共产党纪律处分条例》解读'],
  ['江南金融网络学院', '金融廉洁文化建设'],
  ['江南金融网络学院', '防范化解金融风险'],
  ['江南金融网络学院', '反洗钱与合规经营'],
  ['江南金融网络学院', '普惠金融与乡村振兴'],
  ['江南金融网络学院', '消费者权益保护'],
  ['江南金融网络学院', '数字金融与网络安全'],
  ['江南金融网络学院', '三会一课规范化操作'],
  ['江南金融网络学院', '发展党员工作流程'],
  ['江南金融网络学院', '党费收缴使用和管理'],
  ['江南金融网络学院', '案防警示教育'],
  ['江南金融网络学院', '服务实体经济典型案例'],
  ['江南金融网络学院', '金融职业道德与行为规范'],
];
/** Hours a course credits. */
export const COURSE_HOURS = [6, 8, 8, 10, 12, 12, 16] as const;
