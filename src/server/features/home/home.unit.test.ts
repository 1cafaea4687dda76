import { describe, expect, it } from 'vitest';
import { cadencePeriod, itemDue } from './checklist-due.ts';
import { daysLeft } from './sla-countdown.ts';

describe('SLA countdown', () => {
  const none = new Map<string, boolean>();
  it('counts calendar days, negative once overdue', () => {
    expect(daysLeft('2026-11-20', '2026-11-23', 'calendar', none)).toBe(3);
    expect(daysLeft('2026-11-20', '2026-11-20', 'calendar', none)).toBe(0);
    expect(daysLeft('2026-11-20', '2026-11-18', 'calendar', none)).toBe(-2);
  });
  it('counts working days, skipping weekends and holidays, keeping make-up Saturdays', () => {
    // Fri 2026-11-20 → Mon 23: one working day; → Fri 27: five.
    expect(daysLeft('2026-11-20', '2026-11-23', 'working', none)).toBe(1);
    expect(daysLeft('2026-11-20', '2026-11-27', 'working', none)).toBe(5);
    const calendar = new Map([
      ['2026-11-24', false],
      ['2026-11-21', true],
    ]);
    expect(daysLeft('2026-11-20', '2026-11-27', 'working', calendar)).toBe(5);
    // Overdue since Wed 18: Thu 19, Fri 20 → -2.
    expect(daysLeft('2026-11-20', '2026-11-18', 'working', none)).toBe(-2);
  });
});

describe('checklist items due', () => {
  it('takes the current month, quarter or half year of a cadence', () => {
    expect(cadencePeriod('monthly', '2026-02-10')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(cadencePeriod('quarterly', '2026-11-22')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(cadencePeriod('half_year', '2026-03-01')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(cadencePeriod('yearly', '2026-03-01')).toBeNull();
  });
  it('is due in a cadence period without an entry, and not once one is registered in it', () => {
    const item = { cadence: 'quarterly', deadline: null };
    expect(itemDue(item, [], '2026-11-22')).toEqual({ dueOn: '2026-12-31', overdue: false });
    expect(itemDue(item, ['2026-09-30'], '2026-11-22')).toEqual({ dueOn: '2026-12-31', overdue: false });
    expect(itemDue(item, ['2026-10-01'], '2026-11-22')).toBeNull();
  });
  it('shows a deadline within 30 days or past while nothing is registered this year', () => {
    const at = (deadline: string | null) => ({ cadence: deadline ? null : 'yearly', deadline });
    expect(itemDue(at('2026-11-01'), [], '2026-11-22')).toEqual({ dueOn: '2026-11-01', overdue: true });
    expect(itemDue(at('2026-12-22'), [], '2026-11-22')).toEqual({ dueOn: '2026-12-22', overdue: false });
    expect(itemDue(at('2026-12-23'), [], '2026-11-22')).toBeNull();
    expect(itemDue(at('2026-11-01'), ['2026-03-01'], '2026-11-22')).toBeNull();
    expect(itemDue(at(null), [], '2026-12-01')).toEqual({ dueOn: '2026-12-31', overdue: false });
    expect(itemDue(at(null), [], '2026-11-22')).toBeNull();
  });
});
