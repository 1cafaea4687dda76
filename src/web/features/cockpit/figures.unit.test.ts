import { describe, expect, it } from 'vitest';
import {
  bySection,
  chartedRows,
  chartValue,
  cockpitPath,
  headlineFigures,
  rankRows,
  rateText,
  sectionSpan,
  tone,
  valueText,
  yearOfPeriod,
} from './figures.ts';

const rate = (numerator: number, denominator: number) => ({
  rate: { numerator, denominator, value: denominator ? numerator / denominator : null },
  count: null,
});
const count = (n: number) => ({ rate: null, count: n });
const row = (code: string, v: ReturnType<typeof rate> | ReturnType<typeof count>) => ({
  ...v,
  unit: { id: 1, code, name: code, kind: 'city' },
});

describe('cockpit figure text', () => {
  it('shows a rate as numerator / denominator with the share to one decimal', () => {
    expect(rateText({ numerator: 12, denominator: 40 })).toBe('12 / 40 (30.0%)');
    expect(rateText({ numerator: 2, denominator: 3 })).toBe('2 / 3 (66.7%)');
    expect(rateText({ numerator: 1234, denominator: 5000 })).toBe('1,234 / 5,000 (24.7%)');
  });
  it('has no share when nothing is counted', () => {
    expect(rateText({ numerator: 0, denominator: 0 })).toBe('0 / 0 (—)');
    expect(chartValue(rate(0, 0))).toBeNull();
  });
  it('shows a count as the number', () => {
    expect(valueText(count(1520))).toBe('1,520');
    expect(valueText(rate(1, 4))).toBe('1 / 4 (25.0%)');
    expect(valueText({ rate: null, count: null })).toBe('—');
  });
});

describe('cockpit tone', () => {
  it('grades rates by the side that is better', () => {
    expect(tone(rate(9, 10), 'higher')).toBe('good');
    expect(tone(rate(6, 10), 'higher')).toBe('fair');
    expect(tone(rate(5, 10), 'higher')).toBe('poor');
    expect(tone(rate(1, 10), 'lower')).toBe('good');
    expect(tone(rate(0, 0), 'higher')).toBe('plain');
  });
  it('marks any overdue as poor, none as good, and leaves plain counts plain', () => {
    expect(tone(count(0), 'lower')).toBe('good');
    expect(tone(count(3), 'lower')).toBe('poor');
    expect(tone(count(3), 'higher')).toBe('plain');
  });
});

describe('ranking of child units', () => {
  it('puts the best first by the figure', () => {
    const rows = [row('B', rate(1, 2)), row('A', rate(3, 4)), row('C', rate(0, 0)), row('D', rate(1, 4))];
    expect(rankRows(rows, 'higher').map((r) => r.unit.code)).toEqual(['A', 'B', 'D', 'C']);
    expect(rankRows(rows, 'lower').map((r) => r.unit.code)).toEqual(['D', 'B', 'A', 'C']);
  });
  it('orders counts, ties by code, without touching the input', () => {
    const rows = [row('B', count(2)), row('A', count(2)), row('C', count(0))];
    expect(rankRows(rows, 'lower').map((r) => r.unit.code)).toEqual(['C', 'A', 'B']);
    expect(rankRows(rows, 'higher').map((r) => r.unit.code)).toEqual(['A', 'B', 'C']);
    expect(rows.map((r) => r.unit.code)).toEqual(['B', 'A', 'C']);
  });
  it('charts only the rows with a value', () => {
    const rows = [row('A', rate(0, 0)), row('B', rate(0, 3)), row('C', count(0))];
    expect(chartedRows(rows).map((r) => r.unit.code)).toEqual(['B', 'C']);
  });
});

describe('cockpit address', () => {
  it('keeps the unit and period so a link opens the same view', () => {
    expect(cockpitPath(7, '2026-Q3')).toBe('/cockpit?unitId=7&period=2026-Q3');
    expect(cockpitPath(undefined, '2026')).toBe('/cockpit?period=2026');
    expect(cockpitPath(undefined, undefined)).toBe('/cockpit');
    expect(cockpitPath(3, '2026-Q1', 'concerns:overdue')).toBe(
      '/cockpit?unitId=3&period=2026-Q1&key=concerns%3Aoverdue',
    );
  });
  it('takes the trend year from the period', () => {
    expect(yearOfPeriod('2026-Q3')).toBe(2026);
    expect(yearOfPeriod('2025')).toBe(2025);
    expect(yearOfPeriod('2024-11')).toBe(2024);
  });
});

describe('headline figures', () => {
  const f = (key: string) => ({ key });
  it('takes the first scheme, then the fixed headlines in order, then fills', () => {
    const all = [
      'records:count',
      'concerns:overdue',
      'scheme:7:completion',
      'scheme:3:coverage',
      'scheme:7:coverage',
    ].map(f);
    expect(headlineFigures(all, 4).map((x) => x.key)).toEqual([
      'scheme:3:coverage',
      'scheme:7:completion',
      'concerns:overdue',
      'records:count',
    ]);
  });
  it('never shows more than asked', () => {
    const all = Array.from({ length: 20 }, (_, i) => f(`x:${i}`));
    expect(headlineFigures(all)).toHaveLength(8);
  });
});

describe('sections', () => {
  it("groups figures in the sections' order and drops empty ones", () => {
    const figures = [
      { key: 'a', section: 'records' },
      { key: 'b', section: 'pairings' },
      { key: 'c', section: 'records' },
    ] as const;
    expect(bySection(['pairings', 'branches', 'records'], figures)).toEqual([
      { section: 'pairings', figures: [figures[1]] },
      { section: 'records', figures: [figures[0], figures[2]] },
    ]);
  });
});

describe('section width', () => {
  it('gives each figure a quarter of a wide row, half of a medium one, and a phone the whole row', () => {
    expect(sectionSpan(1)).toEqual({ xs: 24, md: 12, xl: 6 });
    expect(sectionSpan(3)).toEqual({ xs: 24, md: 24, xl: 18 });
    expect(sectionSpan(15)).toEqual({ xs: 24, md: 24, xl: 24 });
    expect(sectionSpan(0)).toEqual({ xs: 24, md: 12, xl: 6 });
  });
});
