import { describe, expect, it } from 'vitest';
import { formatHours, hoursProgress, ratePercent, rateText } from './figures.ts';

describe('training rates', () => {
  it('shows numerator, denominator and the share with one decimal', () => {
    expect(rateText({ numerator: 12, denominator: 40 })).toBe('12 / 40 (30.0%)');
    expect(rateText({ numerator: 2, denominator: 3 })).toBe('2 / 3 (66.7%)');
    expect(rateText({ numerator: 5, denominator: 5 })).toBe('5 / 5 (100.0%)');
  });
  it('has no share when nobody is counted', () => {
    expect(ratePercent({ numerator: 0, denominator: 0 })).toBeNull();
    expect(rateText({ numerator: 0, denominator: 0 })).toBe('0 / 0 (—)');
  });
  it('rounds the percent to one decimal', () => {
    expect(ratePercent({ numerator: 1, denominator: 3 })).toBe(33.3);
  });
});

describe('hours progress', () => {
  it('is met at or above the requirement, capped at 100%', () => {
    expect(hoursProgress(32, 32)).toEqual({ percent: 100, met: true, short: 0 });
    expect(hoursProgress(60.5, 56)).toEqual({ percent: 100, met: true, short: 0 });
  });
  it('says how many hours are missing, in tenths', () => {
    expect(hoursProgress(20.3, 32)).toEqual({ percent: 63.4, met: false, short: 11.7 });
    expect(hoursProgress(0, 56)).toEqual({ percent: 0, met: false, short: 56 });
  });
  it('treats a zero requirement as met', () => {
    expect(hoursProgress(0, 0)).toEqual({ percent: 100, met: true, short: 0 });
  });
  it('formats hours without a trailing .0', () => {
    expect(formatHours(32)).toBe('32');
    expect(formatHours(11.7)).toBe('11.7');
    expect(formatHours(0.1 + 0.2)).toBe('0.3');
  });
});
