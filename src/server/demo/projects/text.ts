/**
 * Wording of the demo's led projects (seed 002 书记领题 / 支部破题, seed 001 一科一品),
 * fictional and in the bank's own context (联点示范银行). `{place}` is the proposer's
 * short place name (青州, 云阳…); `{b}` and `{t}` a target's baseline and goal.
 */

export interface TargetText {
  name: string;
  unit: string;
  /** Baseline range, and the goal as a function of the baseline. */
  baseline: readonly [number, number];
  goal: (baseline: number) => number;
}

export interface TopicText {
  kind: 'party_building' | 'business';
  /** Title variants (distinct across the list): one per proposal that picks the topic. */
  titles: readonly string[];
  problem: string;
  goals: string;
  plan: string;
  resources: string;
  targets: readonly TargetText[];
  milestones: readonly string[];
}

export const THEMES = ['破解基层党建难题', '破解企业改革发展难题'] as const;
export const themeOf = (kind: TopicText['kind']) => (kind === 'party_building' ? THEMES[0] : THEMES[1]);

export const REVIEW_CRITERIA = [
  { name: '选题价值', weightPct: 40 },
  { name: '目标可衡量', weightPct: 30 },
  { name: '方案可行', weightPct: 30 },
] as const;

export const EVALUATION_CRITERIA = [
  { name: '目标达成', weightPct: 40 },
  { name: '破题成效', weightPct: 30 },
  { name: '创新与推广', weightPct: 30 },
] as const;

const pct = (b: number) => Math.min(100, b + 30);
const half = (b: number) => Math.round(b / 2);

/** City committees' topics (书记领题), after seed 002's examples, in a bank. */
export const CITY_TOPICS: readonly TopicText[] = [
  {
    kind: 'party_building',
    titles: [
      '建立"党代表"联系点，消除党员空白网点',
      '机关党员结对包挂无党员网点',
      '"哪里有员工哪里就有党员"网点党建全覆盖',
    ],
    problem:
      '{place}市分行辖内部分营业网点长期没有党员，党组织对网点员工的教育、管理和服务存在"盲区"，党的工作难以覆盖到一线。',
    goals: '年底前辖内无党员网点全部建立"党代表"联系点，培养发展一批网点入党积极分子，逐步消除党员空白点。',
    plan: '市、县两级党组织选派机关党员干部以"党代表"身份与无党员网点结对，建立固定联系点，每月到点指导组织学习、收集员工意见建议、协助解决实际困难；对有入党意愿的骨干员工实行"一对一"培养。',
    resources: '机关党员干部30名；党建活动经费；网点联系点工作手册',
    targets: [
      { name: '无党员网点数', unit: '个', baseline: [8, 18], goal: () => 0 },
      { name: '入党积极分子人数', unit: '人', baseline: [2, 6], goal: (b) => b + 10 },
    ],
    milestones: [
      '完成无党员网点摸底并确定结对名单',
      '"党代表"联系点全部挂牌',
      '半年工作推进会',
      '积极分子培养考察',
      '年度成效总结',
    ],
  },
  {
    kind: 'party_building',
    titles: ['推进党支部网格化建设，夯实基层组织根基', '党支部"网格化"管理全覆盖', '网格党建助推网点合规经营'],
    problem: '{place}市分行部分党支部组织生活执行不规范，党员直接联系服务群众的制度落实不到位，支部作用发挥不均衡。',
    goals: '全辖党支部按网点片区划分网格，每个网格明确党员责任人，组织生活按期规范开展。',
    plan: '以支行为单元划分党建网格，网格长由支部委员担任；建立"网格日志"，每月通报组织生活开展情况；围绕合规经营、优质服务搭建争先创优平台。',
    resources: '党建网格工作台账；支部书记培训',
    targets: [
      { name: '网格化覆盖的党支部数', unit: '个', baseline: [4, 12], goal: (b) => b + 20 },
      { name: '组织生活按期开展率', unit: '%', baseline: [60, 75], goal: pct },
    ],
    milestones: ['制定网格划分方案', '网格长及党员责任人全部到位', '网格日志运行检查', '年度网格评比'],
  },
  {
    kind: 'party_building',
    titles: ['组织关系在地方的党员纳管攻坚', '破解党员组织关系"两头管"难题'],
    problem: '{place}市分行相当数量的在职党员组织关系仍在地方，行内党组织管理不到，实际工作中存在党员管理"盲区"。',
    goals: '年内完成组织关系在地方党员的全面摸底，符合条件的全部转入行内党组织。',
    plan: '逐人建立台账，与地方党组织对接沟通转接手续；暂不具备转入条件的，实行"双重管理"，纳入行内支部参加组织生活。',
    resources: '党员信息台账；与地方组织部门的联系机制',
    targets: [{ name: '组织关系在地方的党员人数', unit: '人', baseline: [25, 60], goal: (b) => Math.round(b * 0.3) }],
    milestones: ['完成逐人摸底建档', '与地方党组织对接转接', '"双重管理"人员纳入支部', '年度转接情况通报'],
  },
  {
    kind: 'party_building',
    titles: ['青年党员"头雁"培养工程', '把业务骨干培养成党员，把党员培养成业务骨干'],
    problem: '{place}市分行青年员工占比逐年提高，但35岁以下党员比例偏低，青年骨干入党意愿引导不足。',
    goals: '提高青年党员比例，建立青年骨干"双培养"档案，形成青年党员先锋队。',
    plan: '建立青年骨干"双培养"名单，由支部书记一对一联系；组建青年党员突击队参与重点业务攻坚；开展青年党员讲党课。',
    resources: '青年员工座谈会；突击队活动经费',
    targets: [
      { name: '35岁以下党员占比', unit: '%', baseline: [18, 26], goal: (b) => b + 8 },
      { name: '青年入党申请人数', unit: '人', baseline: [3, 8], goal: (b) => b + 12 },
    ],
    milestones: ['建立"双培养"名单', '组建青年党员突击队', '青年党员讲党课比赛', '年度双培养考评'],
  },
  {
    kind: 'party_building',
    titles: ['网点"每月一会"规范化提升', '以"每月一会"带动网点党建与经营融合'],
    problem: '{place}市分行部分网点"每月一会"流于形式，集中学习、经营复盘、风险体检和收集意见四项内容开展不全。',
    goals: '网点"每月一会"四项内容全部规范开展，纪实资料完整率达到100%。',
    plan: '制定"每月一会"标准流程和纪实模板；党建辅导员按季度列席；每季度抽查通报，优秀网点经验全辖推广。',
    resources: '标准流程手册；党建辅导员队伍',
    targets: [{ name: '"每月一会"纪实完整率', unit: '%', baseline: [55, 70], goal: () => 100 }],
    milestones: ['发布标准流程和纪实模板', '党建辅导员列席全覆盖', '季度抽查通报', '优秀网点经验推广'],
  },
  {
    kind: 'business',
    titles: ['党建引领代发工资业务提质增量', '"党员先锋岗"带动代发客户拓展', '以联学共建撬动机构客户合作'],
    problem: '{place}市分行代发工资业务增长乏力，部分网点对企事业单位客户走访不足，缺少有效营销抓手。',
    goals: '新增代发单位和代发客户，带动储蓄存款稳定增长。',
    plan: '成立由党员客户经理组成的攻坚小组，划片包干走访辖内企事业单位；以联学共建为载体，向客户单位推广党建平台，带动代发业务合作。',
    resources: '党员客户经理20名；营销费用',
    targets: [
      { name: '新增代发单位', unit: '户', baseline: [0, 0], goal: () => 60 },
      { name: '代发客户数', unit: '万户', baseline: [4, 9], goal: (b) => b + 2 },
    ],
    milestones: ['梳理目标客户清单', '攻坚小组划片包干', '联学共建签约', '半年营销复盘', '全年成效评估'],
  },
  {
    kind: 'business',
    titles: ['金融网点宣传品管控系统建设', '宣传品"审批—发放—回收"全流程管控', '青年党员攻关网点营销物料数字化管理'],
    problem: '{place}市分行网点宣传品种类多、来源杂，审批和回收靠纸质台账，存在合规风险和重复印制浪费。',
    goals: '建成宣传品线上管控流程，违规宣传品问题清零，审批时长明显缩短。',
    plan: '由信息科技和营运条线青年党员组成攻关小组，开发宣传品申领、审批、发放、回收线上流程；全辖网点上线使用并开展检查。',
    resources: '青年党员攻关小组；系统开发资源',
    targets: [
      { name: '检查发现违规宣传品问题', unit: '个', baseline: [20, 40], goal: () => 0 },
      { name: '宣传品审批平均时长', unit: '天', baseline: [5, 8], goal: () => 1 },
    ],
    milestones: ['需求调研和流程设计', '系统开发测试', '全辖网点上线', '上线效果检查'],
  },
  {
    kind: 'business',
    titles: ['"党建+合规"筑牢案防底线', '党支部带头开展合规经营"体检"', '合规经营"党员零违规"创建'],
    problem:
      '{place}市分行内控检查中发现的操作风险问题屡查屡犯，部分员工合规意识淡薄，基层党支部在合规管理中作用发挥不足。',
    goals: '内控检查问题数明显下降，员工违规积分人次减少，实现全年无案件。',
    plan: '支部书记带头讲合规课；每月一会增设"风险内控体检"环节；党员带头签订合规承诺书，开展合规标兵评选。',
    resources: '合规案例库；内控检查资源',
    targets: [
      { name: '内控检查发现问题数', unit: '个', baseline: [60, 110], goal: half },
      { name: '员工违规积分人次', unit: '人次', baseline: [30, 50], goal: half },
    ],
    milestones: ['全辖合规风险排查', '党员合规承诺书签订', '风险内控体检纳入每月一会', '合规标兵评选'],
  },
  {
    kind: 'business',
    titles: ['党建引领普惠金融服务乡村振兴', '支部联村共建助推涉农信贷'],
    problem: '{place}市分行县域网点涉农客户覆盖面窄，普惠小微贷款投放不足，对乡村振兴的金融支持有待加强。',
    goals: '涉农和普惠小微贷款稳步增长，新建一批村级金融服务点。',
    plan: '县支行党支部与村党支部结对共建，党员客户经理驻村走访建档；在行政村设立金融服务点，开展整村授信。',
    resources: '党员客户经理驻村；整村授信专项额度',
    targets: [
      { name: '普惠小微贷款客户数', unit: '户', baseline: [800, 1500], goal: (b) => b + 600 },
      { name: '村级金融服务点', unit: '个', baseline: [5, 15], goal: (b) => b + 20 },
    ],
    milestones: ['支部与村党支部结对签约', '驻村走访建档', '整村授信试点', '金融服务点挂牌', '年度成效总结'],
  },
  {
    kind: 'business',
    titles: ['支行与社区结对共建，拓展金融服务阵地', '"金融服务进社区"共建行动', '网点与街道联建"金融夜校"'],
    problem: '{place}市分行网点开展金融知识宣传和社区走访缺少载体，与社区联系松散，获客渠道单一。',
    goals: '网点与所在街道、社区签订共建协议，联合开展文化和志愿服务活动，带动社区客户增长。',
    plan: '网点党支部与社区党组织签订共建协议，定期开展反诈宣传、适老服务、节日慰问等活动，建立社区金融服务联络员制度。',
    resources: '共建活动经费；志愿服务队',
    targets: [
      { name: '签订共建协议的社区数', unit: '个', baseline: [2, 6], goal: (b) => b + 20 },
      { name: '社区志愿服务活动场次', unit: '场', baseline: [5, 12], goal: (b) => b + 40 },
    ],
    milestones: ['确定共建社区名单', '签订共建协议', '共建活动季度开展', '共建成效评估'],
  },
  {
    kind: 'business',
    titles: ['党员攻坚队压降不良贷款', '"书记挂帅"不良资产清收攻坚'],
    problem: '{place}市分行不良贷款率高于全省平均水平，清收处置力量分散，重点户推进缓慢。',
    goals: '不良贷款率下降到全省平均水平以内，重点不良户逐户落实处置方案。',
    plan: '组建党员清收攻坚队，书记挂帅、逐户包干；每月召开清收推进会，对重点户实行"一户一策"。',
    resources: '清收攻坚队；法律顾问支持',
    targets: [{ name: '不良贷款率', unit: '%', baseline: [2, 3], goal: () => 1.5 }],
    milestones: ['重点不良户逐户建档', '"一户一策"方案落地', '季度清收推进会', '年度清收成效评估'],
  },
  {
    kind: 'business',
    titles: ['厅堂服务提升，压降客户投诉', '党员先锋岗带动网点服务质效提升', '"书记蹲点"破解厅堂排队难题'],
    problem: '{place}市分行客户投诉量同比上升，集中在排队时间长、业务办理不熟练等方面，厅堂服务标准执行不到位。',
    goals: '客户投诉量明显下降，网点服务满意度提升。',
    plan: '每个网点设立党员先锋岗，党员带头落实厅堂服务标准；党建辅导员蹲点担任大堂经理，收集客户意见并跟踪解决。',
    resources: '服务质量检查；神秘客户暗访',
    targets: [
      { name: '客户投诉件数', unit: '件', baseline: [90, 160], goal: half },
      { name: '服务满意度', unit: '%', baseline: [86, 92], goal: () => 98 },
    ],
    milestones: ['网点党员先锋岗设立', '服务标准培训全覆盖', '神秘客户暗访检查', '年度服务评比'],
  },
  {
    kind: 'business',
    titles: ['党员带头推广手机银行，提升线上活跃客户', '"线上+线下"融合提升网点效能'],
    problem: '{place}市分行手机银行活跃客户占比偏低，网点柜面业务分流不足，低效网点数量较多。',
    goals: '手机银行月活客户明显增长，低效网点数量减少。',
    plan: '党员员工带头开展线上渠道推广，厅堂设立"数字服务岗"；对低效网点逐一制定提升方案，由党委委员挂点督导。',
    resources: '数字服务岗；营销活动资源',
    targets: [
      { name: '手机银行月活客户', unit: '万户', baseline: [8, 15], goal: (b) => b + 4 },
      { name: '低效网点数', unit: '个', baseline: [6, 12], goal: half },
    ],
    milestones: ['低效网点逐一诊断', '数字服务岗全覆盖', '党委委员挂点督导', '网点效能年度评估'],
  },
];

/** Outlet and department branches' topics (支部破题). */
export const BRANCH_TOPICS: readonly TopicText[] = [
  {
    kind: 'business',
    titles: ['网点反诈宣传"进社区、进商户"'],
    problem: '网点周边社区老年客户多，电信诈骗风险高，宣传方式单一。',
    goals: '开展反诈宣传进社区活动，成功劝阻可疑交易。',
    plan: '支部党员分片包干社区和商户，每月开展一次反诈宣传；柜面发现可疑交易及时劝阻并登记。',
    resources: '反诈宣传资料；社区联络员',
    targets: [{ name: '反诈宣传场次', unit: '场', baseline: [2, 5], goal: (b) => b + 20 }],
    milestones: ['制定宣传片区包干表', '首轮进社区宣传', '商户走访全覆盖', '成效总结'],
  },
  {
    kind: 'party_building',
    titles: ['"每月一会"提质，让支部活动接地气'],
    problem: '支部"每月一会"学习内容与网点工作结合不紧，员工参与积极性不高。',
    goals: '每月一会四项内容全部开展，员工意见建议件件有回应。',
    plan: '学习内容结合当月业务重点选定；意见建议建立台账，分级解决并在下次会议反馈。',
    resources: '学习资料；意见建议台账',
    targets: [{ name: '意见建议办结率', unit: '%', baseline: [50, 70], goal: () => 100 }],
    milestones: ['制定全年学习计划', '建立意见建议台账', '季度回头看', '年度总结'],
  },
  {
    kind: 'business',
    titles: ['适老化服务示范网点创建'],
    problem: '网点老年客户占比高，自助设备使用难、等候时间长的问题反映集中。',
    goals: '建成适老化服务示范网点，老年客户满意度提升。',
    plan: '设立党员"爱心窗口"，配备助老设施；党员志愿者在厅堂一对一指导自助设备使用。',
    resources: '助老设施；党员志愿者',
    targets: [{ name: '老年客户满意度', unit: '%', baseline: [82, 88], goal: () => 98 }],
    milestones: ['助老设施配置到位', '党员爱心窗口挂牌', '志愿服务排班运行', '示范网点验收'],
  },
  {
    kind: 'business',
    titles: ['党员先锋岗带动储蓄存款增长', '支部党员包片走访商户'],
    problem: '网点周边商户和居民小区走访覆盖不足，储蓄存款增长低于计划。',
    goals: '完成周边商户和小区走访全覆盖，储蓄存款完成年度计划。',
    plan: '党员员工按片区包干走访，建立商户档案；每周复盘走访成效。',
    resources: '走访台账；营销物料',
    targets: [{ name: '走访商户数', unit: '户', baseline: [30, 80], goal: (b) => b + 200 }],
    milestones: ['划分走访片区', '商户建档', '月度走访复盘', '年度成效评估'],
  },
  {
    kind: 'party_building',
    titles: ['支部与社区党组织结对共建', '"支部+社区"联学共建'],
    problem: '支部与所在社区联系松散，党员服务群众的载体不足。',
    goals: '与社区党组织签订共建协议，联合开展主题党日和志愿服务。',
    plan: '每季度与社区党组织联合开展一次主题党日；党员认领社区服务岗位。',
    resources: '共建协议；志愿服务队',
    targets: [{ name: '联合主题党日次数', unit: '次', baseline: [0, 1], goal: () => 6 }],
    milestones: ['签订共建协议', '联合主题党日', '党员认领服务岗位', '共建总结'],
  },
  {
    kind: 'business',
    titles: ['运营差错"清零"行动', '柜面操作风险党员示范岗'],
    problem: '柜面业务差错和操作风险事件时有发生，新员工业务不熟练。',
    goals: '柜面差错笔数大幅下降，新员工全部通过岗位考核。',
    plan: '党员业务骨干"一带一"辅导新员工；每周开展差错案例复盘。',
    resources: '差错案例库；岗位练兵',
    targets: [{ name: '柜面差错笔数', unit: '笔', baseline: [20, 40], goal: (b) => Math.round(b / 4) }],
    milestones: ['党员骨干结对新员工', '差错案例库建立', '岗位练兵比武', '全年差错通报'],
  },
];

/** Province departments' 一科一品 brands, by the department's name without 省分行. */
export const BRANDS: Readonly<Record<string, { title: string; target: TargetText; problem: string }>> = {
  党建工作部: {
    title: '"党建引领履职，普惠服务基层"专项活动',
    problem: '党建工作与条线履职结合不紧，基层对机关服务的获得感不强。',
    target: { name: '为基层解决实际问题', unit: '件', baseline: [0, 0], goal: () => 30 },
  },
  办公室: {
    title: '"文电提速"服务品牌',
    problem: '公文流转环节多、时长长，基层反映办文效率偏低。',
    target: { name: '公文平均流转时长', unit: '天', baseline: [4, 6], goal: () => 2 },
  },
  人力资源部: {
    title: '"青苗成长"青年员工培养品牌',
    problem: '青年员工成长通道不清晰，培养缺少系统安排。',
    target: { name: '青年员工轮岗锻炼人数', unit: '人', baseline: [5, 10], goal: (b) => b + 30 },
  },
  运营管理部: {
    title: '"运营先锋·厅堂标准化"品牌',
    problem: '网点运营标准执行不一，厅堂服务差异大。',
    target: { name: '运营标准化达标网点', unit: '个', baseline: [60, 120], goal: (b) => b + 150 },
  },
  风险管理部: {
    title: '"风控红盾"品牌',
    problem: '风险预警信息传导慢，基层风险识别能力不足。',
    target: { name: '风险预警平均处置时长', unit: '天', baseline: [7, 10], goal: () => 3 },
  },
  个人金融部: {
    title: '"暖心金融进万家"品牌',
    problem: '个人客户服务同质化，社区金融服务触达不足。',
    target: { name: '社区金融服务活动场次', unit: '场', baseline: [20, 40], goal: (b) => b + 100 },
  },
  公司金融部: {
    title: '"党建共建促合作"对公服务品牌',
    problem: '对公客户关系维护依赖个人，合作深度不够。',
    target: { name: '党建共建签约客户单位', unit: '户', baseline: [5, 12], goal: (b) => b + 25 },
  },
  信息科技部: {
    title: '"科技先锋"数字化赋能品牌',
    problem: '基层系统需求响应慢，手工台账多。',
    target: { name: '基层需求响应时长', unit: '天', baseline: [10, 15], goal: () => 5 },
  },
  普惠金融部: {
    title: '"惠企直通车"品牌',
    problem: '小微企业融资渠道信息不对称，申贷流程长。',
    target: { name: '普惠小微贷款新增客户', unit: '户', baseline: [0, 0], goal: () => 3000 },
  },
  财务会计部: {
    title: '"精打细算"降本增效品牌',
    problem: '费用管控粗放，基层费用报销周期长。',
    target: { name: '费用报销平均周期', unit: '天', baseline: [8, 12], goal: () => 4 },
  },
  法律合规部: {
    title: '"合规护航"品牌',
    problem: '基层合规咨询渠道不畅，合同审查周期长。',
    target: { name: '合同审查平均时长', unit: '天', baseline: [5, 8], goal: () => 2 },
  },
  内控与案防部: {
    title: '"案防第一课"品牌',
    problem: '案防教育形式单一，警示效果有限。',
    target: { name: '案防警示教育覆盖率', unit: '%', baseline: [70, 80], goal: () => 100 },
  },
  纪委办公室: {
    title: '"清风联点"廉洁文化品牌',
    problem: '廉洁文化建设与基层经营结合不够，教育针对性不强。',
    target: { name: '廉洁文化示范点', unit: '个', baseline: [2, 5], goal: (b) => b + 12 },
  },
  工会办公室: {
    title: '"职工之家"暖心品牌',
    problem: '基层网点职工小家建设不均衡，员工获得感有待提升。',
    target: { name: '建成职工小家网点', unit: '个', baseline: [40, 80], goal: (b) => b + 60 },
  },
  渠道管理部: {
    title: '"智慧网点"渠道转型品牌',
    problem: '网点智能设备使用率低，线上线下渠道协同不足。',
    target: { name: '智能设备业务分流率', unit: '%', baseline: [45, 55], goal: () => 75 },
  },
};

export const BRAND_MILESTONES = ['制定品牌工作方案', '"一事一册"纪实建立', '党委成员跟踪指导', '品牌成果展示交流'];

export const PROGRESS = [
  '召开项目启动会，项目组组长主持，明确分工和时间节点',
  '项目组赴基层网点调研，召开员工座谈会，形成问题清单',
  '完成阶段任务，相关资料已归入一事一册',
  '挂钩指导领导到点调研，听取项目推进情况汇报',
  '召开项目推进会，对照目标逐项检查进度，部署下一步工作',
  '组织党员骨干专题培训，统一工作标准和流程',
  '总结试点网点经验，在全辖推广做法',
  '对照问题清单开展"回头看"，未完成事项明确责任人和时限',
  '向上级党委报送项目阶段进展，附数据和典型案例',
  '联合社区和客户单位开展共建活动，活动照片和纪要已存档',
];

export const COMMENTS = [
  '项目思路清晰，要抓住关键指标，每月通报进度。',
  '注意把破题成效体现在数据上，基线和现值要有依据。',
  '试点做法可以总结提炼，下一步在全辖推广。',
  '进度偏慢，请项目组对照节点倒排工期，确保按期完成。',
  '要与经营工作同部署、同考核，防止"两张皮"。',
];

export const REVIEW_COMMENTS = [
  '选题聚焦基层难点，目标明确',
  '方案可操作，建议细化时间节点',
  '选题有价值，量化指标需进一步完善',
  '与本行实际结合紧密',
];

export const EVALUATION_COMMENTS = [
  '目标全部完成，成效明显，做法可复制',
  '完成主要目标，部分指标未达预期',
  '破题思路新，数据支撑充分',
  '过程资料完整，建议继续巩固',
];

export const REJECT_REASONS = [
  '每个市分行党委限立项1个课题，本课题综合评审得分低于同单位其他课题，不予立项',
  '与同单位另一课题内容重叠，已合并至立项课题，不单独立项',
  '选题偏重常规业务工作，破解难题的针对性不强，不予立项',
];

export const RETURN_REASON = '目标缺少可衡量的基线数据，实施方案未明确时间节点，请补充完善后重新提交';
export const RETURN_REJECT_REASON = '选题与全省重点工作关联不紧，量化目标不清晰，不予立项';
export const BRANCH_REJECT_REASON = '选题与支部日常工作重合，破题点不突出，建议明年重新申报';

export const EXEMPLARY_NOTES = [
  '做法在全省推广，成效数据扎实，评为示范项目',
  '破题成效突出，形成可复制经验，评为示范项目',
];
