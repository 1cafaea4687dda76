import { describe, expect, it } from 'vitest';
import {
  attendanceEntries,
  attendanceRate,
  dateRange,
  expectedOf,
  formatHours,
  hasStarted,
  percent,
  removable,
  yearOf,
  yearOptions,
} from './labels.ts';

const counts = (invited: number, attended: number, absent: number, hours = 0) => ({ invited, attended, absent, hours });

describe('hours and counts', () => {
  it('shows hours with at most one decimal', () => {
    expect(formatHours(2)).toBe('2');
    expect(formatHours(1.5)).toBe('1.5');
    expect(formatHours(0.30000000000000004)).toBe('0.3');
    expect(formatHours(null)).toBe('—');
  });
  it('counts everyone enrolled as expected', () => {
    expect(expectedOf(counts(3, 10, 2))).toBe(15);
  });
  it('gives the attendance rate with numerator and denominator', () => {
    expect(attendanceRate(counts(3, 10, 2))).toEqual({ numerator: 10, denominator: 15, text: '10 / 15 (66.7%)' });
    expect(attendanceRate(counts(0, 0, 0)).text).toBe('0 / 0 (—)');
    expect(percent(1, 3)).toBe('33.3%');
    expect(percent(2, 2)).toBe('100.0%');
  });
});

describe('dates', () => {
  it('shows one day or a range', () => {
    expect(dateRange('2026-05-03', '2026-05-03')).toBe('2026-05-03');
    expect(dateRange('2026-05-03', '2026-05-05')).toBe('2026-05-03 – 2026-05-05');
  });
  it('knows when a session has started', () => {
    expect(hasStarted('2026-05-03', '2026-05-02')).toBe(false);
    expect(hasStarted('2026-05-03', '2026-05-03')).toBe(true);
    expect(hasStarted('2026-05-03', '2026-06-01')).toBe(true);
  });
  it('offers the years around this one and those in the data', () => {
    expect(yearOptions(2026, [2023, 2026])).toEqual([2027, 2026, 2025, 2023]);
    expect(yearOf('2026-05-03')).toBe(2026);
  });
});

describe('attendance entries', () => {
  it('credits attendance with the given hours or leaves the default to the server', () => {
    expect(attendanceEntries([1, 2], 'attended', { hours: 1.5 })).toEqual([
      { personId: 1, status: 'attended', hours: 1.5 },
      { personId: 2, status: 'attended', hours: 1.5 },
    ]);
    expect(attendanceEntries([1], 'attended', {})).toEqual([{ personId: 1, status: 'attended' }]);
  });
  it('marks absence with the trimmed reason, and invited with nothing', () => {
    expect(attendanceEntries([3], 'absent', { absenceReason: ' 请假 ', hours: 2 })).toEqual([
      { personId: 3, status: 'absent', absenceReason: '请假' },
    ]);
    expect(attendanceEntries([4], 'invited', { absenceReason: 'x', hours: 2 })).toEqual([
      { personId: 4, status: 'invited' },
    ]);
  });
  it('lets only invited people be removed', () => {
    expect(removable({ status: 'invited' })).toBe(true);
    expect(removable({ status: 'attended' })).toBe(false);
    expect(removable({ status: 'absent' })).toBe(false);
  });
});
