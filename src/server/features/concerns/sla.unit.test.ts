import { describe, expect, it } from 'vitest';
import { addSlaDays, isWorkingDay } from './sla.ts';

/** Due dates counted by hand on a 2026 calendar. */
describe('SLA due dates', () => {
  const none = new Map<string, boolean>();
  it('counts calendar days across month ends', () => {
    expect(addSlaDays('2026-01-20', 30, 'calendar', none)).toBe('2026-02-19');
    expect(addSlaDays('2026-12-15', 30, 'calendar', none)).toBe('2027-01-14');
  });
  it('counts working days Monday to Friday', () => {
    // Friday 2026-11-20 + 5 working days: Mon 23 … Fri 27.
    expect(addSlaDays('2026-11-20', 5, 'working', none)).toBe('2026-11-27');
    expect(isWorkingDay('2026-11-21', none)).toBe(false);
  });
  it('skips holidays and counts make-up working Saturdays', () => {
    // National Day week 2026-10-01..07 off, Saturday 10-10 worked instead.
    const cal = new Map<string, boolean>([
      ['2026-10-01', false],
      ['2026-10-02', false],
      ['2026-10-05', false],
      ['2026-10-06', false],
      ['2026-10-07', false],
      ['2026-10-10', true],
    ]);
    // From Wed 09-30: Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 (3), Mon 10-12 (4).
    expect(addSlaDays('2026-09-30', 4, 'working', cal)).toBe('2026-10-12');
  });
});
