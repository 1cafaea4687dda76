import { describe, expect, it } from 'vitest';
import { rankScores } from '../../features/projects/score.ts';
import { dayOf, isoOf } from '../dates.ts';
import { Rng } from '../prng.ts';
import { evaluationScore, type PlannedCampaign, type ProjectsPlanInput, type Proposer, planProjects } from './plan.ts';

const TODAY = '2026-11-22';
const DEPARTMENTS = [
  '党建工作部',
  '办公室',
  '人力资源部',
  '运营管理部',
  '风险管理部',
  '个人金融部',
  '公司金融部',
  '信息科技部',
  '普惠金融部',
  '金融市场部',
  '财务会计部',
  '法律合规部',
  '内控与案防部',
  '纪委办公室',
  '工会办公室',
  '安全保卫部',
  '授信审批部',
  '渠道管理部',
];
const people = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const proposer = (code: string, place: string, leader: number): Proposer => ({
  code,
  place,
  leaderPersonId: leader,
  members: [leader, ...people(leader * 10, 6)],
});

function input(seed = 1): ProjectsPlanInput {
  return {
    rng: new Rng(seed).fork('projects'),
    today: TODAY,
    committees: Array.from({ length: 14 }, (_, i) => {
      const n = String(i + 1).padStart(2, '0');
      return proposer(`DW-JN${n}`, `城${n}`, 100 + i);
    }),
    provinceGuides: people(1, 7),
    city: { orgCode: 'DW-JN01', unitCode: 'JN01', name: '青州市分行', guides: people(20, 5) },
    branches: Array.from({ length: 16 }, (_, i) =>
      proposer(`DZB-JN0101${String(i + 1).padStart(2, '0')}`, '网点', 300 + i),
    ),
    secretaryBranch: 'DZB-JN010105',
    departments: DEPARTMENTS.map((name, i) => proposer(`JNB${String(i + 1).padStart(2, '0')}`, name, 500 + i)),
  };
}

const plan = planProjects(input());
const campaign = (key: PlannedCampaign['key']) => plan.find((c) => c.key === key)!;
const approved = (c: PlannedCampaign) => c.projects.filter((p) => p.status === 'approved');

describe('demo led projects plan', () => {
  it('is deterministic for a seed', () => {
    expect(planProjects(input())).toEqual(plan);
    expect(planProjects(input(2))).not.toEqual(plan);
  });

  it("this year's province campaign: 32 proposals by the city committees, 13 approved, one per city but the last", () => {
    const c = campaign('province');
    const inp = input();
    expect(c).toMatchObject({ year: 2026, phase: 'implementation', kind: 'secretary_led', organizer: 'DW-JN' });
    expect(c.projects).toHaveLength(32);
    expect(approved(c)).toHaveLength(13);
    const byCity = new Map<string, number>();
    for (const p of c.projects) byCity.set(p.proposer, (byCity.get(p.proposer) ?? 0) + 1);
    expect([...byCity.values()].every((n) => n === 2 || n === 3)).toBe(true);
    expect(new Set(approved(c).map((p) => p.proposer))).toEqual(
      new Set(inp.committees.slice(0, 13).map((x) => x.code)),
    );
    const last = c.projects.filter((p) => p.proposer === 'DW-JN14');
    expect(last.map((p) => p.status).sort()).toEqual(['returned', ...Array(last.length - 1).fill('rejected')].sort());
    // Leaders are the proposing committees' secretaries; titles are distinct.
    const secretary = new Map(inp.committees.map((x) => [x.code, x.leaderPersonId]));
    expect(c.projects.every((p) => p.leaderPersonId === secretary.get(p.proposer))).toBe(true);
    expect(new Set(c.projects.map((p) => p.title)).size).toBe(32);
    for (const p of c.projects) {
      if (p.status !== 'approved') expect(p.decisionReason).toBeTruthy();
      expect(p.sheets.filter((s) => s.stage === 'review').map((s) => s.reviewer)).toEqual(['admin', 'leader']);
      expect(p.targets.length).toBeGreaterThanOrEqual(1);
      expect(p.targets.length).toBeLessThanOrEqual(3);
      expect(p.events.every((e) => e.at >= '2026-05-01' && e.at < '2026-07-01')).toBe(true);
    }
    for (const p of approved(c)) {
      expect(inp.provinceGuides).toContain(p.guidePersonId);
      expect(p.events.map((e) => e.kind)).toEqual(['submitted', 'approved', 'guide_assigned']);
      expect(p.milestones.length).toBeGreaterThanOrEqual(3);
      expect(p.milestones.length).toBeLessThanOrEqual(5);
      expect(p.progress.length).toBeGreaterThanOrEqual(3);
      expect(p.progress.length).toBeLessThanOrEqual(8);
      const readings = p.targets.flatMap((t) => t.readings);
      expect(readings.length).toBeGreaterThanOrEqual(1);
      expect(readings.length).toBeLessThanOrEqual(3);
    }
    const overdue = approved(c).flatMap((p) => p.milestones.filter((m) => !m.doneOn && m.dueOn < TODAY));
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('records nothing after today', () => {
    for (const c of plan)
      for (const p of c.projects) {
        expect(p.progress.every((e) => e.occurredOn < TODAY)).toBe(true);
        expect(p.milestones.every((m) => m.doneOn === null || m.doneOn < TODAY)).toBe(true);
        expect(p.targets.flatMap((t) => t.readings).every((r) => r.measuredOn < TODAY)).toBe(true);
      }
  });

  it("last year's campaign is closed with 13 approved projects, ranked with a tie, the top two exemplary", () => {
    const c = campaign('province-last');
    expect(c).toMatchObject({ year: 2025, phase: 'closed' });
    expect(c.projects).toHaveLength(13);
    expect(approved(c)).toHaveLength(13);
    const ranks = rankScores(c.projects.map(evaluationScore));
    expect(ranks.every((r) => r !== null)).toBe(true);
    expect(new Set(ranks).size).toBeLessThan(13);
    const exemplary = c.projects.flatMap((p, i) => (p.exemplary ? [ranks[i]] : []));
    expect(exemplary).toHaveLength(2);
    expect(Math.max(...(exemplary as number[]))).toBeLessThanOrEqual(2);
  });

  it("Qingzhou's branch campaign: 8 approved under this year's, the secretary's branch due next week", () => {
    const c = campaign('city');
    expect(c).toMatchObject({ kind: 'branch_led', parent: 'province', eligible: 'JN01', phase: 'implementation' });
    expect(approved(c)).toHaveLength(8);
    const mine = approved(c).find((p) => p.proposer === 'DZB-JN010105')!;
    expect(mine.by).toBe('secretary');
    expect(mine.leaderPersonId).toBe(304);
    const nextWeek = isoOf(dayOf(TODAY) + 7);
    expect(mine.milestones.some((m) => m.dueOn === nextWeek && m.doneOn === null)).toBe(true);
  });

  it('一科一品: 15 of the 18 departments have an approved brand led by their head', () => {
    const c = campaign('brand');
    expect(c).toMatchObject({ kind: 'section_brand', proposerKinds: ['department'] });
    expect(approved(c)).toHaveLength(15);
    const heads = new Map(input().departments.map((d) => [d.code, d.leaderPersonId]));
    expect(c.projects.every((p) => p.leaderPersonId === heads.get(p.proposer))).toBe(true);
    expect(c.projects.every((p) => p.guidePersonId !== null && input().provinceGuides.includes(p.guidePersonId))).toBe(
      true,
    );
  });
});
