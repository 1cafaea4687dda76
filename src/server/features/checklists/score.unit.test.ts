import { describe, expect, it } from 'vitest';
import {
  type AchievementInput,
  achievementOf,
  appraisalScore,
  assessmentTotal,
  cellState,
  checklistScore,
  rankOf,
} from './score.ts';

const base: AchievementInput = {
  item: { weight: 10, deadline: null, cadence: 'yearly', targetValue: null },
  year: 2026,
  today: '2026-11-22',
  partialCreditPct: 50,
  measured: null,
  latestFinding: null,
  entryDates: [],
};
const at = (over: Partial<AchievementInput>, item: Partial<AchievementInput['item']> = {}) => ({
  ...base,
  ...over,
  item: { ...base.item, ...item },
});

describe('checklist scoring', () => {
  it('a quantitative item scores measured / target, capped at 1', () => {
    expect(achievementOf(at({ measured: 3 }, { targetValue: 5 }))).toBe(0.6);
    expect(achievementOf(at({ measured: 7 }, { targetValue: 5 }))).toBe(1);
    // The measure wins over a finding: the platform counted it.
    expect(achievementOf(at({ measured: 0, latestFinding: 'done' }, { targetValue: 5 }))).toBe(0);
  });

  it('otherwise the latest finding: done 1, partly the partial credit, not done 0', () => {
    expect(achievementOf(at({ latestFinding: 'done' }))).toBe(1);
    expect(achievementOf(at({ latestFinding: 'partly', partialCreditPct: 60 }))).toBe(0.6);
    expect(achievementOf(at({ latestFinding: 'not_done', entryDates: ['2026-03-01'] }))).toBe(0);
  });

  it('a monthly item without findings: months with an entry of the months due', () => {
    // By 22 November, January–October have ended (10); November counts once it has an entry.
    const months = ['2026-01-05', '2026-02-05', '2026-02-20', '2026-05-05', '2026-11-02'];
    expect(achievementOf(at({ entryDates: months }, { cadence: 'monthly' }))).toBe(4 / 11);
    expect(achievementOf(at({ entryDates: months.slice(0, 4) }, { cadence: 'monthly' }))).toBe(3 / 10);
    // After the year, all twelve count.
    expect(achievementOf(at({ today: '2027-01-10', entryDates: months }, { cadence: 'monthly' }))).toBe(4 / 12);
  });

  it('states: done, partly, overdue once due, pending before', () => {
    const quarterly = at({ today: '2026-02-10' }, { cadence: 'quarterly' });
    expect(cellState(quarterly, achievementOf(quarterly))).toBe('pending');
    const late = at({ today: '2026-04-02' }, { cadence: 'quarterly' });
    expect(cellState(late, achievementOf(late))).toBe('overdue');
    const deadline = at({}, { cadence: null, deadline: '2026-12-15' });
    expect(cellState(deadline, achievementOf(deadline))).toBe('pending');
    const past = at({}, { cadence: null, deadline: '2026-06-30' });
    expect(cellState(past, achievementOf(past))).toBe('overdue');
    expect(cellState(base, 0.5)).toBe('partly');
    expect(cellState(base, 1)).toBe('done');
    expect(cellState(at({ latestFinding: 'not_done' }), 0)).toBe('overdue');
  });

  it('totals, appraisal, assessment and competition ranking', () => {
    expect(checklistScore([{ weight: 40 }, { weight: 30 }, { weight: 20 }, { weight: 10 }], [1, 0.5, 0.7, 0])).toEqual({
      points: 40 + 15 + 14,
      totalWeight: 100,
      pct: 69,
    });
    // 3 excellent, 1 good, 1 fair: (300 + 80 + 60) / 5.
    expect(appraisalScore({ excellent: 3, good: 1, fair: 1, poor: 0 })).toBe(88);
    expect(appraisalScore({ excellent: 0, good: 0, fair: 0, poor: 0 })).toBeNull();
    const w = { checklistWeightPct: 60, appraisalWeightPct: 20, dutyReportWeightPct: 20, projectWeightPct: 0 };
    const parts = { checklistPct: 69, appraisalScore: 88, dutyReportScore: 90, projectScore: 82.5 };
    // The led projects' part weighs 0 by default: a project score changes nothing.
    expect(assessmentTotal(parts, w)).toBe(Math.round((69 * 0.6 + 88 * 0.2 + 90 * 0.2) * 100) / 100);
    expect(assessmentTotal({ ...parts, appraisalScore: null, dutyReportScore: null }, w)).toBe(41.4);
    // Four parts 50/20/10/20: 69·0.5 + 88·0.2 + 90·0.1 + 82.5·0.2 = 34.5 + 17.6 + 9 + 16.5 = 77.6.
    const w4 = { checklistWeightPct: 50, appraisalWeightPct: 20, dutyReportWeightPct: 10, projectWeightPct: 20 };
    expect(assessmentTotal(parts, w4)).toBe(77.6);
    // A unit without an evaluated project: that part counts 0 → 61.1.
    expect(assessmentTotal({ ...parts, projectScore: null }, w4)).toBe(61.1);
    expect(rankOf([80, 95, 80, 70])).toEqual([2, 1, 2, 4]);
  });
});
