import { describe, expect, it } from 'vitest';
import { dueStateColor, dueStateText, formatCoverage, rateShare, yearChoices } from './labels.ts';

describe('talk labels', () => {
  it('says how overdue or how near a due talk is', () => {
    expect(dueStateText('overdue', 3)).toEqual({ key: 'talk.state.overdueDays', days: 3 });
    expect(dueStateText('open', 12)).toEqual({ key: 'talk.state.daysLeft', days: 12 });
    expect(dueStateText('open', 0)).toEqual({ key: 'talk.state.dueToday' });
    expect(dueStateText('done', null)).toEqual({ key: 'talk.state.done' });
  });

  it('colours due talks by urgency', () => {
    expect(dueStateColor('overdue', 1)).toBe('error');
    expect(dueStateColor('open', 7)).toBe('warning');
    expect(dueStateColor('open', 8)).toBe('processing');
    expect(dueStateColor('done', null)).toBe('success');
  });

  it('writes coverage with numerator, denominator and one decimal', () => {
    expect(formatCoverage({ numerator: 1, denominator: 3 })).toBe('1 / 3 (33.3%)');
    expect(formatCoverage({ numerator: 6, denominator: 6 })).toBe('6 / 6 (100.0%)');
    expect(formatCoverage({ numerator: 0, denominator: 0 })).toBe('0 / 0 (—)');
    expect(rateShare({ numerator: 1, denominator: 4 })).toBe(0.25);
    expect(rateShare({ numerator: 0, denominator: 0 })).toBeNull();
  });

  it('offers this year and earlier ones', () => {
    expect(yearChoices(2026, 2)).toEqual([2026, 2025, 2024]);
  });
});
