import type { TemplateAreaInput } from './checklists.ts';

/**
 * The checklist of seed 001 (玉树中支 党建"监督员+辅导员"责任清单): five areas, 30 tasks,
 * 100 points, as a create body without unit, year and name. Deadlines are written
 * for 2026; `presetForYear` moves them to another year.
 */
export const SEED_001_NAME = '党建"监督员+辅导员"责任清单';

export interface TemplatePreset {
  partialCreditPct: number;
  checklistWeightPct: number;
  appraisalWeightPct: number;
  dutyReportWeightPct: number;
  projectWeightPct: number;
  areas: TemplateAreaInput[];
}

type Item = TemplateAreaInput['items'][number];
const item = (
  title: string,
  responsibleRole: Item['responsibleRole'],
  when: string,
  weight: number,
  assessmentContent: string,
  target?: Pick<Item, 'targetValue' | 'targetUnit' | 'measure' | 'measureKind'>,
): Item => ({
  title,
  responsibleRole,
  assessmentContent,
  ...(/^\d{4}-/.test(when) ? { deadline: when, cadence: null } : { deadline: null, cadence: when as Item['cadence'] }),
  weight,
  targetValue: null,
  targetUnit: null,
  measure: 'manual',
  measureKind: null,
  ...target,
});

export const SEED_001_TEMPLATE: TemplatePreset = {
  partialCreditPct: 50,
  checklistWeightPct: 60,
  appraisalWeightPct: 20,
  dutyReportWeightPct: 20,
  projectWeightPct: 0,
  areas: [
    {
      title: '加强政治理论学习，增强"四个自信"',
      items: [
        item('党委理论学习中心组集中学习', 'committee', 'monthly', 4, '制定年度学习计划，每月集中学习，有记录、有研讨'),
        item('专家课程不少于150学时', 'counselor', 'yearly', 4, '利用远程教育平台、微课堂开展线上学习，学时登记', {
          targetValue: 150,
          targetUnit: 'hours',
          measure: 'manual',
        }),
        item('推送党员微学习不少于20篇', 'counselor', 'yearly', 3, '通过微课堂向科室党员推送微学习内容', {
          targetValue: 20,
          targetUnit: 'pieces',
          measure: 'manual',
        }),
        item('交流学习心得不少于4次', 'counselor', 'quarterly', 3, '组织科室党员交流学习心得体会', {
          targetValue: 4,
          targetUnit: 'times',
          measure: 'manual',
        }),
        item('落实"三会一课"纪实管理', 'secretary', 'monthly', 4, '计划制定、规范资料、定期报告、创新方式四方面纪实'),
        item('开展"四个自信"专题研讨', 'supervisor', 'half_year', 4, '指导分管科室开展专题研讨，形成研讨材料'),
      ],
    },
    {
      title: '"三亮三比三评"创先争优',
      items: [
        item(
          '引导党员亮身份、亮先锋岗、亮党员责任区',
          'counselor',
          'quarterly',
          4,
          '科室党员挂牌亮身份，设立先锋岗和党员责任区',
        ),
        item('开展比技能、比作风、比业绩活动', 'counselor', 'half_year', 3, '结合业务履职组织比学赶超活动'),
        item('组织党员评、群众评、领导评', 'committee', '2026-12-20', 4, '年底组织三评，评议结果计入年度考核'),
        item('选树先锋岗和优秀党员典型', 'supervisor', '2026-07-01', 3, '推荐选树先进典型并宣传推广'),
        item('指导参与分管科室主题党日活动', 'supervisor', 'quarterly', 3, '党委委员每季至少参加一次分管科室主题党日'),
        item('通报科室党员示范作用发挥情况', 'secretary', 'quarterly', 3, '季度通报创先争优情况'),
      ],
    },
    {
      title: '党员管理教育',
      items: [
        item('书记年内讲党课不少于5次', 'secretary', 'yearly', 4, '党课领学抓书记，讲党课有课件、有记录', {
          targetValue: 5,
          targetUnit: 'times',
          measure: 'record_count',
          measureKind: 'party_lecture',
        }),
        item('党课平均受众面不低于党员总数的95%', 'secretary', 'yearly', 3, '党课参加人数占党员总数的比例', {
          targetValue: 95,
          targetUnit: 'percent',
          measure: 'lecture_audience',
        }),
        item('每月固定1天主题党日', 'counselor', 'monthly', 5, '学习教育、严肃组织生活、民主议事、志愿服务、关怀帮扶', {
          targetValue: 12,
          targetUnit: 'times',
          measure: 'record_count',
          measureKind: 'theme_party_day',
        }),
        item('支部书记外出党务专题培训不少于2人次', 'committee', 'yearly', 3, '以支部书记集中轮训为契机选派外出培训', {
          targetValue: 2,
          targetUnit: 'times',
          measure: 'manual',
        }),
        item('培训回行后开展转培训', 'secretary', 'half_year', 3, '通过转培训带动提升整体党务工作水平'),
        item('开展关怀帮扶和志愿服务', 'counselor', 'quarterly', 4, '走访慰问困难党员，组织志愿服务'),
      ],
    },
    {
      title: '党风廉政建设',
      items: [
        item('研究部署党风廉政建设工作', 'committee', 'half_year', 4, '党委履行全面从严治党主体责任，专题研究部署'),
        item('签订党风廉政建设责任书', 'committee', '2026-03-31', 3, '层层签订责任书，压实一岗双责'),
        item('开展廉政警示教育', 'supervisor', 'half_year', 3, '组织观看警示教育片、通报典型案例'),
        item('排查科室廉政风险点', 'counselor', '2026-06-30', 3, '梳理岗位廉政风险点并制定防控措施'),
        item('落实谈心谈话制度', 'supervisor', 'quarterly', 2.5, '党委委员与分管科室负责人、党员谈心谈话'),
        item('节假日廉洁提醒', 'counselor', 'quarterly', 2.5, '重要节点前开展廉洁提醒'),
      ],
    },
    {
      title: '党建引领一科一品建设',
      items: [
        item('每个科室每年至少1个党建引领履职品牌', 'counselor', '2026-03-31', 4, '结合业务履职特点确定品牌工作', {
          targetValue: 1,
          targetUnit: 'pieces',
          measure: 'manual',
        }),
        item('品牌工作一事一册纪实', 'counselor', 'monthly', 3, '按照一事一册要求动态纪实'),
        item('党委成员跟踪指导品牌工作', 'supervisor', 'quarterly', 3, '监督员督导党建引领履职品牌工作'),
        item('党委挂号督办重点品牌项目', 'committee', 'half_year', 3, '跟踪辅导，协调统筹推进'),
        item(
          '科室负责人每月专题汇报清单完成情况',
          'counselor',
          'monthly',
          3,
          '一月一汇报，向分管领导汇报党建清单完成情况',
        ),
        item(
          '年度述职汇报科室党建工作',
          'counselor',
          '2026-12-31',
          2,
          '党建工作作为年度总结首要内容，接受领导点评和党员评议',
        ),
      ],
    },
  ],
};

/** The preset with its deadlines moved to `year` (02-29 becomes 02-28 where that year has none). */
export function presetForYear(preset: TemplatePreset, year: number): TemplatePreset {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return {
    ...preset,
    areas: preset.areas.map((a) => ({
      ...a,
      items: a.items.map((i) => {
        if (!i.deadline) return i;
        const md = i.deadline.slice(5);
        return { ...i, deadline: `${year}-${md === '02-29' && !leap ? '02-28' : md}` };
      }),
    })),
  };
}
