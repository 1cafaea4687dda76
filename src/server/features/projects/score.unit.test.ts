import { describe, expect, it } from 'vitest';
import { projectCan } from './can.ts';
import { meanScore, rankScores, sheetTotal } from './score.ts';

/** The one scoring definition of led projects (decision 0016), and the pure `can` flags. */
const criteria = [
  { id: 1, weightPct: 50 },
  { id: 2, weightPct: 30 },
  { id: 3, weightPct: 20 },
];
const sheet = (a: number, b: number, c: number) =>
  new Map([
    [1, a],
    [2, b],
    [3, c],
  ]);

describe('sheetTotal', () => {
  it('weighs each criterion by its percent, two decimals; a missing score counts 0', () => {
    expect(sheetTotal(criteria, sheet(90, 80, 70))).toBe(83); // 45 + 24 + 14
    expect(sheetTotal(criteria, sheet(70, 90, 100))).toBe(82); // 35 + 27 + 20
    expect(sheetTotal(criteria, sheet(81, 84, 84))).toBe(82.5); // 40.5 + 25.2 + 16.8
    expect(sheetTotal(criteria, sheet(33.33, 66.67, 99.99))).toBe(56.66); // 16.665 + 20.001 + 19.998 = 56.664
    expect(sheetTotal(criteria, new Map([[1, 100]]))).toBe(50);
    expect(sheetTotal(criteria, new Map())).toBe(0);
  });
});

describe('meanScore', () => {
  it('averages the totals to two decimals; null without a sheet', () => {
    expect(meanScore([83, 82])).toBe(82.5);
    expect(meanScore([80, 85, 85])).toBe(83.33);
    expect(meanScore([67])).toBe(67);
    expect(meanScore([])).toBeNull();
  });
});

describe('rankScores', () => {
  it('gives ties one rank and skips the next (1, 1, 3); unscored entries get none', () => {
    expect(rankScores([82.5, 82.5, 67])).toEqual([1, 1, 3]);
    expect(rankScores([67, null, 82.5, 82.5])).toEqual([3, null, 1, 1]);
    expect(rankScores([null, null])).toEqual([null, null]);
    expect(rankScores([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
    expect(rankScores([])).toEqual([]);
  });
});

describe('projectCan', () => {
  const dates = {
    proposalOpens: '2026-03-01',
    proposalDue: '2026-03-31',
    reviewDue: '2026-04-30',
    implementationDue: '2026-10-31',
    evaluationDue: '2026-11-30',
  };
  const all = new Set(['projects.read', 'projects.propose', 'projects.review', 'projects.manage'] as const);
  it('binds the proposal, review and evaluation windows to the due dates', () => {
    const draft = (today: string) =>
      projectCan({
        permissions: all,
        organizes: true,
        campaign: { ...dates, phase: 'proposal' },
        status: 'draft',
        today,
      });
    expect(draft('2026-02-28').edit).toBe(false);
    expect(draft('2026-03-31').edit).toBe(true);
    expect(draft('2026-04-01')).toMatchObject({ edit: false, submit: false, withdraw: false });
    const returned = projectCan({
      permissions: all,
      organizes: true,
      campaign: { ...dates, phase: 'review' },
      status: 'returned',
      today: '2026-04-30',
    });
    expect([returned.edit, returned.submit, returned.withdraw, returned.review]).toEqual([true, true, false, true]);
    const lateReview = projectCan({
      permissions: all,
      organizes: true,
      campaign: { ...dates, phase: 'review' },
      status: 'submitted',
      today: '2026-05-01',
    });
    expect([lateReview.decide, lateReview.review]).toEqual([false, false]);
    const evaluation = (today: string, organizes: boolean) =>
      projectCan({
        permissions: all,
        organizes,
        campaign: { ...dates, phase: 'evaluation' },
        status: 'approved',
        today,
      });
    expect(evaluation('2026-11-30', true)).toMatchObject({ evaluate: true, work: true, markExemplary: true });
    expect(evaluation('2026-12-01', true)).toMatchObject({ evaluate: false, work: true, markExemplary: true });
    expect(evaluation('2026-11-01', false)).toMatchObject({ evaluate: false, work: true, markExemplary: false });
  });
});
