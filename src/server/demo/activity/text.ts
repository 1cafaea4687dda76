import type { StandardItems } from '../../../contracts/records.ts';
import type { Rng } from '../prng.ts';

/** Wording of the demo records: what an outlet's ledger would say, varied by the seeded PRNG. */
export const ABSENCE_REASONS = ['外出办理业务', '请休年假', '病假', '参加上级行培训', '轮休', '陪同客户走访'];

const STUDY = [
  '学习习近平总书记关于金融工作的重要论述',
  '学习中央金融工作会议精神',
  '学习《中国共产党纪律处分条例》',
  '学习总行党委近期工作部署',
  '学习党的二十届三中全会精神',
  '学习金融消费者权益保护相关规定',
];
const REVIEW = [
  '复盘本月存款、贷款及中间业务指标完成情况',
  '分析个人客户流失原因，研究挽留措施',
  '复盘普惠贷款投放进度，梳理重点客户名单',
  '通报本月厅堂营销成效，安排下月重点产品',
];
const RISK = [
  '开展员工异常行为排查，未发现异常',
  '检查重要空白凭证及印章管理，整改登记不规范一处',
  '通报上级行案防提示，组织反诈骗知识测试',
  '排查柜面业务操作风险，强调授权管理要求',
];
const CONCERNS = [
  '收集意见建议2条：厅堂叫号机故障频繁、午间就餐不便',
  '收集意见建议1条：希望增加业务培训',
  '员工反映自助设备老旧，已登记上报',
  '收集客户意见：希望延长周末营业时间',
];

/** The four standard items of a monthly meeting; `skip` leaves one undone (a gap the rule notices). */
export function standardItems(rng: Rng, skip: boolean): StandardItems {
  const items: StandardItems = {
    study: { done: true, note: rng.pick(STUDY) },
    business_review: { done: true, note: rng.pick(REVIEW) },
    risk_check: { done: true, note: rng.pick(RISK) },
    concerns: { done: true, note: rng.pick(CONCERNS) },
  };
  if (skip) {
    const key = rng.pick(['risk_check', 'concerns', 'business_review'] as const);
    items[key] = { done: false, note: '本月未开展' };
  }
  return items;
}

export const COACHING_TOPICS = [
  '党建与业务融合辅导：如何用好"每月一会"推动网点经营',
  '指导网点规范党员学习教育台账',
  '辅导厅堂服务提升与党员先锋岗创建',
  '辅导普惠金融走访与网格化营销',
  '指导网点开展案件防控和员工行为管理',
  '辅导青年员工成长与入党积极分子培养',
];
export const COACHING_OUTCOMES = [
  '明确下季度党建与业务融合三项重点工作',
  '帮助网点梳理营销清单，确定责任人',
  '指导完善学习台账，规范会议记录',
  '商定每周走访两个社区的工作安排',
];
export const FIELD_STAY = '参加网点晨会，担任半天大堂经理，与员工逐一谈心，走访周边商户听取客户意见。';
export const PRACTICAL_DEEDS = [
  '协调更换网点老旧自助设备',
  '为网点增设员工午休室',
  '协调解决网点人手紧张问题，增派柜员一名',
  '推动网点消防及安防设施改造',
  '协调上级行为网点配置移动展业设备',
  '帮助网点解决员工子女暑期托管问题',
];
export const LECTURE_TOPICS = [
  '坚守金融为民初心，争当合格共产党员',
  '学习贯彻中央金融工作会议精神，推动高质量发展',
  '以严的基调强化纪律建设',
  '弘扬中国特色金融文化',
  '发挥支部战斗堡垒作用，服务实体经济',
];
export const THEME_DAYS = [
  '开展"党员先锋岗"亮身份活动',
  '走进社区开展金融知识宣传',
  '重温入党誓词，集中学习党章',
  '开展反诈骗宣传志愿服务',
  '参观廉政教育基地',
  '开展"我为群众办实事"实践活动',
];
export const COMMITTEE_AGENDA = [
  '研究本月党员学习计划和主题党日安排',
  '讨论入党积极分子培养考察情况',
  '研究落实上级党委工作部署',
  '分析支部党员思想动态，研究谈心谈话安排',
];
