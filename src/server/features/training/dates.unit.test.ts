import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from './dates.ts';

describe('training dates', () => {
  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-01', -6)).toBe('2026-06-01');
  });
  it('adds days across months and years and counts days between dates', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-22', '2026-12-22')).toBe(30);
    expect(daysBetween('2026-12-22', '2026-11-22')).toBe(-30);
  });
});
