import type { CampaignKind, CampaignPhase, ProjectEventKind, ProjectStatus } from '../../../contracts/projects.ts';
import { meanScore, rankScores, sheetTotal } from '../../features/projects/score.ts';
import { dayOf, isoOf } from '../dates.ts';
import type { Rng } from '../prng.ts';
import {
  BRANCH_REJECT_REASON,
  BRANCH_TOPICS,
  BRAND_MILESTONES,
  BRANDS,
  CITY_TOPICS,
  COMMENTS,
  EVALUATION_COMMENTS,
  EVALUATION_CRITERIA,
  EXEMPLARY_NOTES,
  PROGRESS,
  REJECT_REASONS,
  RETURN_REASON,
  RETURN_REJECT_REASON,
  REVIEW_COMMENTS,
  REVIEW_CRITERIA,
  type TargetText,
  THEMES,
  type TopicText,
  themeOf,
} from './text.ts';

/**
 * The led projects of the demo, planned in memory (seed 002, seed 001's 一科一品):
 * this year's province 书记领题 campaign in implementation (32 city proposals, 13
 * approved, one per city but the last), last year's campaign closed and ranked,
 * Qingzhou's 支部破题 under this year's campaign, and the province departments'
 * 一科一品 brands. Nothing dated after today is done, recorded or read.
 */

/** Who acts, by demo account username. */
export type Actor = 'admin' | 'leader' | 'secretary' | 'counselor';

export interface Proposer {
  /** Party org code (secretary-led, branch-led) or unit code (section brand). */
  code: string;
  /** Short name used in the text: 青州, 人民路网点, 运营管理部. */
  place: string;
  /** The leader: the org's current secretary, or the department's head. */
  leaderPersonId: number;
  /** People of the proposer's unit who may join the project group. */
  members: readonly number[];
}

export interface PlannedTarget {
  name: string;
  unit: string;
  baseline: number | null;
  targetValue: number;
  readings: { measuredOn: string; value: number; note: string | null }[];
}

export interface PlannedMilestone {
  title: string;
  dueOn: string;
  doneOn: string | null;
  doneNote: string | null;
}

export interface PlannedSheet {
  stage: 'review' | 'evaluation';
  reviewer: Actor;
  /** One score per criterion of the stage, in the criteria's order. */
  scores: number[];
  comment: string | null;
  at: string;
}

export interface PlannedProject {
  proposer: string;
  leaderPersonId: number;
  guidePersonId: number | null;
  members: number[];
  title: string;
  theme: string;
  problemKind: 'party_building' | 'business';
  problem: string;
  goals: string;
  plan: string;
  resources: string | null;
  status: Extract<ProjectStatus, 'approved' | 'rejected' | 'returned'>;
  decisionReason: string | null;
  /** Who wrote and submitted it. */
  by: Actor;
  submittedAt: string;
  decidedAt: string;
  targets: PlannedTarget[];
  milestones: PlannedMilestone[];
  progress: { occurredOn: string; content: string; milestone: number | null; by: Actor }[];
  comments: { content: string; at: string; by: Actor }[];
  events: { kind: ProjectEventKind; note: string | null; at: string; by: Actor }[];
  sheets: PlannedSheet[];
  exemplary: boolean;
  exemplaryNote: string | null;
}

export interface PlannedCampaign {
  key: 'province' | 'province-last' | 'city' | 'brand';
  kind: CampaignKind;
  year: number;
  name: string;
  description: string;
  /** Organizer party org code; eligible unit code; the parent campaign's key. */
  organizer: string;
  eligible: string;
  parent: PlannedCampaign['key'] | null;
  proposerKinds: string[];
  themes: string[];
  phase: CampaignPhase;
  dates: {
    proposalOpens: string;
    proposalDue: string;
    reviewDue: string;
    implementationDue: string;
    evaluationDue: string;
  };
  review: readonly { name: string; weightPct: number }[];
  evaluation: readonly { name: string; weightPct: number }[];
  projects: PlannedProject[];
}

export interface ProjectsPlanInput {
  rng: Rng;
  /** Today, YYYY-MM-DD; its year is the current campaign year. */
  today: string;
  /** The city committees (DW-JN01…), in order; the last one gets no project approved this year. */
  committees: readonly Proposer[];
  /** The province committee's members (DW-JN), who guide the province's projects. */
  provinceGuides: readonly number[];
  /** Qingzhou's committee (the cascade's organizer) and its members, who guide its branches. */
  city: { orgCode: string; unitCode: string; name: string; guides: readonly number[] };
  /** Qingzhou's branches and general branches with a secretary; `secretaryBranch` is among them. */
  branches: readonly Proposer[];
  /** The demo secretary's branch (DZB-JN010101): its project is recorded by the secretary account. */
  secretaryBranch: string;
  /** The province departments (place = name without 省分行). */
  departments: readonly Proposer[];
}

const time = (rng: Rng, day: number) =>
  `${isoOf(day)}T${String(rng.int(9, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+08:00`;
const clamp = (n: number) => Math.max(0, Math.min(100, n));
const fill = (s: string, place: string) => s.replaceAll('{place}', place);

function sheetScores(rng: Rng, quality: number, n: number): number[] {
  return Array.from({ length: n }, () => clamp(quality + rng.int(-6, 6)));
}

function reviewSheets(rng: Rng, quality: number, day: number, reviewers: readonly Actor[]): PlannedSheet[] {
  return reviewers.map((reviewer) => ({
    stage: 'review',
    reviewer,
    scores: sheetScores(rng, quality, REVIEW_CRITERIA.length),
    comment: rng.chance(0.6) ? rng.pick(REVIEW_COMMENTS) : null,
    at: time(rng, day + rng.int(0, 3)),
  }));
}

function planTargets(rng: Rng, list: readonly TargetText[]): PlannedTarget[] {
  return list.map((t) => {
    const [lo, hi] = t.baseline;
    const baseline = hi - lo <= 2 && hi > 0 ? Math.round((lo + rng.next() * (hi - lo)) * 10) / 10 : rng.int(lo, hi);
    return { name: t.name, unit: t.unit, baseline, targetValue: t.goal(baseline), readings: [] };
  });
}

/** Milestones, progress, readings and comments of an approved project between its approval and `end`. */
function planWork(
  rng: Rng,
  p: PlannedProject,
  v: { start: number; end: number; today: number; titles: readonly string[]; by: Actor; doneChance: number },
): void {
  const m = rng.int(3, Math.min(5, v.titles.length));
  const first = v.start + 30;
  for (let k = 0; k < m; k++) {
    const due = first + Math.round((k * (v.end - first)) / (m - 1));
    const done = due < v.today && rng.chance(v.doneChance) ? Math.max(v.start + 1, due - rng.int(0, 12)) : null;
    p.milestones.push({
      title: v.titles[k]!,
      dueOn: isoOf(due),
      doneOn: done === null ? null : isoOf(done),
      doneNote: done === null ? null : '已按计划完成，相关资料已归入一事一册',
    });
  }
  const last = Math.min(v.today - 1, v.end);
  if (last <= v.start + 3) return;
  const days = Array.from({ length: rng.int(3, 8) }, () => rng.int(v.start + 3, last)).sort((a, b) => a - b);
  const offset = rng.int(0, PROGRESS.length - 1);
  for (const [k, day] of days.entries()) {
    const occurredOn = isoOf(day);
    const next = p.milestones.findIndex((x) => x.dueOn >= occurredOn);
    p.progress.push({
      occurredOn,
      content: PROGRESS[(offset + k) % PROGRESS.length]!,
      milestone: next >= 0 && rng.chance(0.6) ? next : null,
      by: v.by,
    });
  }
  const readings = rng.int(1, 3);
  for (let j = 0; j < readings; j++) {
    const t = p.targets[j % p.targets.length]!;
    const day = v.start + Math.round(((j + 1) * (last - v.start)) / readings);
    const frac = ((j + 1) / readings) * (0.6 + rng.next() * 0.4);
    const base = t.baseline ?? 0;
    const raw = base + (t.targetValue - base) * frac;
    const value = Math.abs(t.targetValue - base) < 20 ? Math.round(raw * 10) / 10 : Math.round(raw);
    t.readings.push({ measuredOn: isoOf(day), value, note: j === readings - 1 ? '据业务系统统计' : null });
  }
  if (rng.chance(0.6)) {
    for (let k = rng.int(1, 2); k > 0; k--)
      p.comments.push({ content: rng.pick(COMMENTS), at: time(rng, rng.int(v.start + 10, last)), by: 'leader' });
  }
}

function proposal(
  rng: Rng,
  who: Proposer,
  topic: TopicText,
  title: string,
  v: { submitted: number; by: Actor },
): PlannedProject {
  return {
    proposer: who.code,
    leaderPersonId: who.leaderPersonId,
    guidePersonId: null,
    members: rng
      .shuffle(who.members.filter((m) => m !== who.leaderPersonId))
      .slice(0, rng.int(2, 4))
      .sort((a, b) => a - b),
    title,
    theme: themeOf(topic.kind),
    problemKind: topic.kind,
    problem: fill(topic.problem, who.place),
    goals: fill(topic.goals, who.place),
    plan: fill(topic.plan, who.place),
    resources: topic.resources,
    status: 'approved',
    decisionReason: null,
    by: v.by,
    submittedAt: time(rng, v.submitted),
    decidedAt: '',
    targets: planTargets(rng, topic.targets),
    milestones: [],
    progress: [],
    comments: [],
    events: [],
    sheets: [],
    exemplary: false,
    exemplaryNote: null,
  };
}

/** Records the decision (and for an approval the guide) with its events. */
function decide(
  rng: Rng,
  p: PlannedProject,
  v: { status: PlannedProject['status']; reason: string | null; day: number; guide: number | null },
): void {
  p.status = v.status;
  p.decisionReason = v.reason;
  p.decidedAt = time(rng, v.day);
  p.events.push({ kind: 'submitted', note: null, at: p.submittedAt, by: p.by });
  p.events.push({ kind: v.status, note: v.reason, at: p.decidedAt, by: 'admin' });
  if (v.status === 'approved' && v.guide !== null) {
    p.guidePersonId = v.guide;
    p.events.push({ kind: 'guide_assigned', note: null, at: time(rng, v.day + rng.int(1, 3)), by: 'admin' });
  }
}

const datesOf = (y: number, d: [string, string, string, string, string]) => ({
  proposalOpens: `${y}-${d[0]}`,
  proposalDue: `${y}-${d[1]}`,
  reviewDue: `${y}-${d[2]}`,
  implementationDue: `${y}-${d[3]}`,
  evaluationDue: `${y}-${d[4]}`,
});

/** Topic and title pairs, shuffled; `take` avoids a topic the proposer already chose. */
function titlePool(rng: Rng, topics: readonly TopicText[]) {
  let pool = rng.shuffle(topics.flatMap((topic) => topic.titles.map((title) => ({ topic, title }))));
  return (avoid: readonly TopicText[]) => {
    if (pool.length === 0)
      pool = rng.shuffle(topics.flatMap((topic) => topic.titles.map((title) => ({ topic, title }))));
    const i = Math.max(
      0,
      pool.findIndex((x) => !avoid.includes(x.topic)),
    );
    return pool.splice(i, 1)[0]!;
  };
}

function planProvince(input: ProjectsPlanInput, year: number, last: boolean): PlannedCampaign {
  const rng = input.rng.fork(last ? 'province-last' : 'province');
  const today = dayOf(input.today);
  const dates = datesOf(year, ['05-01', '05-31', '06-30', '11-30', '12-31']);
  const campaign: PlannedCampaign = {
    key: last ? 'province-last' : 'province',
    kind: 'secretary_led',
    year,
    name: `${year}年"书记领题"活动`,
    description:
      '以"两破解、两推动"为主题：着力破解一批企业基层党建难题，着力破解一批企业改革发展难题。各市分行党委书记挂帅，每个市分行党委立项1个课题，省分行党委班子成员挂钩指导，评比结果列入党建述职考评。',
    organizer: 'DW-JN',
    eligible: 'JN',
    parent: null,
    proposerKinds: ['committee'],
    themes: [...THEMES],
    phase: last ? 'closed' : 'implementation',
    dates,
    review: REVIEW_CRITERIA,
    evaluation: EVALUATION_CRITERIA,
    projects: [],
  };
  const take = titlePool(rng, CITY_TOPICS);
  const open = dayOf(dates.proposalOpens);
  const reviewDue = dayOf(dates.reviewDue);
  const end = dayOf(dates.implementationDue);
  const guides = input.provinceGuides;
  if (last) {
    // Last year: 13 of the cities took part, all approved, then evaluated and ranked.
    const skip = rng.int(0, input.committees.length - 1);
    const cities = input.committees.filter((_, i) => i !== skip).slice(0, 13);
    for (const [i, who] of cities.entries()) {
      const { topic, title } = take([]);
      const p = proposal(rng, who, topic, title, { submitted: open + rng.int(4, 29), by: 'admin' });
      p.sheets.push(...reviewSheets(rng, rng.int(80, 92), reviewDue - 20, ['admin', 'leader']));
      decide(rng, p, {
        status: 'approved',
        reason: null,
        day: reviewDue - rng.int(3, 12),
        guide: guides[i % guides.length]!,
      });
      planWork(rng, p, {
        start: dayOf(p.decidedAt.slice(0, 10)),
        end,
        today,
        titles: topic.milestones,
        by: 'admin',
        doneChance: 0.9,
      });
      const quality = rng.int(68, 95);
      for (const reviewer of ['admin', 'leader'] as const) {
        p.sheets.push({
          stage: 'evaluation',
          reviewer,
          scores: sheetScores(rng, quality, EVALUATION_CRITERIA.length),
          comment: rng.pick(EVALUATION_COMMENTS),
          at: time(rng, dayOf(dates.evaluationDue) - rng.int(5, 15)),
        });
      }
      campaign.projects.push(p);
    }
    // A tie: the sixth project's sheets score exactly as the fifth's.
    const [a, b] = [campaign.projects[4], campaign.projects[5]];
    if (a && b) {
      for (const s of b.sheets.filter((x) => x.stage === 'evaluation')) {
        const twin = a.sheets.find((x) => x.stage === 'evaluation' && x.reviewer === s.reviewer)!;
        s.scores = [...twin.scores];
      }
    }
    const ranks = rankScores(campaign.projects.map((p) => evaluationScore(p)));
    const top = campaign.projects
      .map((p, i) => ({ p, rank: ranks[i]!, i }))
      .sort((x, y) => x.rank - y.rank || x.i - y.i)
      .slice(0, 2);
    for (const [k, { p }] of top.entries()) {
      p.exemplary = true;
      p.exemplaryNote = EXEMPLARY_NOTES[k]!;
      p.events.push({
        kind: 'exemplary',
        note: p.exemplaryNote,
        at: time(rng, dayOf(dates.evaluationDue) - 1),
        by: 'admin',
      });
    }
    return campaign;
  }
  // This year: 32 proposals, 2 or 3 per city; one approved per city, the last city's returned or rejected.
  const n = input.committees.length;
  const threes = new Set(rng.shuffle(input.committees.map((_, i) => i)).slice(0, Math.max(0, 32 - 2 * n)));
  for (const [i, who] of input.committees.entries()) {
    const count = threes.has(i) ? 3 : 2;
    const lastCity = i === n - 1;
    const chosen: TopicText[] = [];
    for (let k = 0; k < count; k++) {
      const { topic, title } = take(chosen);
      chosen.push(topic);
      const p = proposal(rng, who, topic, title, { submitted: open + rng.int(4, 29), by: 'admin' });
      const approved = !lastCity && k === 0;
      p.sheets.push(
        ...reviewSheets(rng, approved ? rng.int(82, 93) : rng.int(60, 78), reviewDue - 25, ['admin', 'leader']),
      );
      const day = reviewDue - rng.int(3, 15);
      if (approved) {
        decide(rng, p, { status: 'approved', reason: null, day, guide: guides[i % guides.length]! });
        planWork(rng, p, {
          start: dayOf(p.decidedAt.slice(0, 10)),
          end,
          today,
          titles: topic.milestones,
          by: 'admin',
          doneChance: i % 3 === 2 ? 0.5 : 0.85,
        });
      } else if (lastCity) {
        decide(
          rng,
          p,
          k === 0
            ? { status: 'returned', reason: RETURN_REASON, day, guide: null }
            : { status: 'rejected', reason: RETURN_REJECT_REASON, day, guide: null },
        );
      } else {
        decide(rng, p, {
          status: 'rejected',
          reason: REJECT_REASONS[(i + k) % REJECT_REASONS.length]!,
          day,
          guide: null,
        });
      }
      campaign.projects.push(p);
    }
  }
  return campaign;
}

/** The mean of a project's evaluation sheet totals (the ranking's score). */
export function evaluationScore(p: PlannedProject): number | null {
  const criteria = EVALUATION_CRITERIA.map((c, i) => ({ id: i, weightPct: c.weightPct }));
  return meanScore(
    p.sheets
      .filter((s) => s.stage === 'evaluation')
      .map((s) => sheetTotal(criteria, new Map(s.scores.map((score, i) => [i, score])))),
  );
}

function planCity(input: ProjectsPlanInput, year: number): PlannedCampaign {
  const rng = input.rng.fork('city');
  const today = dayOf(input.today);
  const dates = datesOf(year, ['06-01', '06-20', '07-10', '12-15', '12-31']);
  const campaign: PlannedCampaign = {
    key: 'city',
    kind: 'branch_led',
    year,
    name: `${year}年${input.city.name}"支部破题"活动`,
    description:
      '按照省分行党委"书记领题"活动部署，在所辖各级基层党支部同步开展"支部破题"，发挥党支部战斗堡垒作用和党员骨干作用。',
    organizer: input.city.orgCode,
    eligible: input.city.unitCode,
    parent: 'province',
    proposerKinds: ['branch', 'general_branch'],
    themes: [...THEMES],
    phase: 'implementation',
    dates,
    review: REVIEW_CRITERIA,
    evaluation: EVALUATION_CRITERIA,
    projects: [],
  };
  const own = input.branches.find((b) => b.code === input.secretaryBranch);
  const others = rng.shuffle(input.branches.filter((b) => b.code !== input.secretaryBranch));
  const proposers = [...(own ? [own] : []), ...others].slice(0, 10);
  const take = titlePool(rng, BRANCH_TOPICS);
  const open = dayOf(dates.proposalOpens);
  const reviewDue = dayOf(dates.reviewDue);
  for (const [i, who] of proposers.entries()) {
    const mine = who.code === input.secretaryBranch;
    const by: Actor = mine ? 'secretary' : 'counselor';
    const { topic, title } = take([]);
    const p = proposal(rng, who, topic, title, { submitted: open + rng.int(2, 18), by });
    const approved = i < 8;
    p.sheets.push(...reviewSheets(rng, approved ? rng.int(80, 92) : rng.int(60, 72), reviewDue - 12, ['admin']));
    const day = reviewDue - rng.int(2, 8);
    if (!approved) {
      decide(rng, p, { status: 'rejected', reason: BRANCH_REJECT_REASON, day, guide: null });
    } else {
      decide(rng, p, {
        status: 'approved',
        reason: null,
        day,
        guide: input.city.guides[i % input.city.guides.length] ?? null,
      });
      planWork(rng, p, {
        start: dayOf(p.decidedAt.slice(0, 10)),
        end: dayOf(dates.implementationDue),
        today,
        titles: topic.milestones,
        by,
        doneChance: 0.8,
      });
      if (mine) dueNextWeek(p, today);
    }
    campaign.projects.push(p);
  }
  return campaign;
}

/** The demo secretary's next milestone falls due a week from today. */
function dueNextWeek(p: PlannedProject, today: number): void {
  const due = isoOf(today + 7);
  const next = p.milestones.find((x) => x.doneOn === null && x.dueOn >= isoOf(today));
  if (next) next.dueOn = due;
  else p.milestones.push({ title: '阶段成果交流', dueOn: due, doneOn: null, doneNote: null });
  p.milestones.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

function planBrands(input: ProjectsPlanInput, year: number): PlannedCampaign {
  const rng = input.rng.fork('brand');
  const today = dayOf(input.today);
  const dates = datesOf(year, ['03-01', '03-31', '04-20', '11-30', '12-31']);
  const campaign: PlannedCampaign = {
    key: 'brand',
    kind: 'section_brand',
    year,
    name: `${year}年"一科一品"党建引领履职品牌创建`,
    description:
      '以党建工作与部门重点、亮点工作融合为目标，各部门结合履职特点每年至少确定1个党建引领履职品牌，按照"一事一册"要求纪实动态跟进，由党委成员跟踪指导，成果纳入部门年底综合考核。',
    organizer: 'DW-JN',
    eligible: 'JN',
    parent: null,
    proposerKinds: ['department'],
    themes: ['党建引领履职', '普惠服务基层'],
    phase: 'implementation',
    dates,
    review: REVIEW_CRITERIA,
    evaluation: EVALUATION_CRITERIA,
    projects: [],
  };
  const partyWork = ['党建工作部', '纪委办公室', '工会办公室'];
  let i = 0;
  for (const who of input.departments) {
    const brand = BRANDS[who.place];
    if (!brand) continue;
    const kind = partyWork.includes(who.place) ? 'party_building' : 'business';
    const topic: TopicText = {
      kind,
      titles: [brand.title],
      problem: brand.problem,
      goals: `打造"${brand.title.replace(/"/g, '')}"，将党建工作与${who.place}重点工作深度融合，年内形成可展示、可推广的履职成果。`,
      plan: '制定品牌工作方案，明确责任人和时间节点；按照"一事一册"要求纪实动态跟进；党委成员跟踪指导，工作成果纳入部门年底综合考核。',
      resources: '部门党员骨干；品牌宣传展示',
      targets: [brand.target],
      milestones: BRAND_MILESTONES,
    };
    const p = proposal(rng, who, topic, brand.title, {
      submitted: dayOf(dates.proposalOpens) + rng.int(3, 28),
      by: 'admin',
    });
    p.theme = campaign.themes[kind === 'party_building' ? 0 : 1]!;
    p.sheets.push(...reviewSheets(rng, rng.int(78, 92), dayOf(dates.reviewDue) - 12, ['admin', 'leader']));
    const guides = input.provinceGuides.slice(1).length ? input.provinceGuides.slice(1) : input.provinceGuides;
    decide(rng, p, {
      status: 'approved',
      reason: null,
      day: dayOf(dates.reviewDue) - rng.int(2, 8),
      guide: guides[i % guides.length]!,
    });
    planWork(rng, p, {
      start: dayOf(p.decidedAt.slice(0, 10)),
      end: dayOf(dates.implementationDue),
      today,
      titles: BRAND_MILESTONES,
      by: 'admin',
      doneChance: 0.8,
    });
    campaign.projects.push(p);
    i++;
  }
  return campaign;
}

/** All four campaigns, parents before children. */
export function planProjects(input: ProjectsPlanInput): PlannedCampaign[] {
  const year = Number(input.today.slice(0, 4));
  return [
    planProvince(input, year - 1, true),
    planProvince(input, year, false),
    planCity(input, year),
    planBrands(input, year),
  ];
}
