import { describe, expect, it } from 'vitest';
import { cellText, currentQuarter, inProgress, progressPercent, reportPeriods } from './periods.ts';

describe('report periods', () => {
  it('offers this year’s quarters up to now, the year, then last year’s', () => {
    expect(reportPeriods('2026-05-10')).toEqual([
      '2026-Q2',
      '2026-Q1',
      '2026',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
      '2025',
    ]);
    expect(currentQuarter('2026-11-22')).toBe('2026-Q4');
    expect(currentQuarter('2026-01-01')).toBe('2026-Q1');
  });

  it('polls queued and running jobs, and reads progress and cells', () => {
    expect(['queued', 'running', 'done', 'failed'].map((s) => inProgress(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([progressPercent(0, 0), progressPercent(3, 9), progressPercent(9, 9)]).toEqual([0, 33, 100]);
    expect([
      cellText('pct', 66.7),
      cellText('int', 12),
      cellText('num', 3.25),
      cellText('text', null),
      cellText('text', '合计'),
    ]).toEqual(['66.7%', '12', '3.3', '—', '合计']);
  });
});
