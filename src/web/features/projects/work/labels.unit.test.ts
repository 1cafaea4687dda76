import { describe, expect, it } from 'vitest';
import type { DossierEntry } from '../../../../contracts/project-work.ts';
import { fmtNumber, scoreStageOf, sortEntries, targetPercent } from './labels.ts';

describe('targetPercent', () => {
  it('is null before the first reading', () => {
    expect(targetPercent({ baseline: 10, targetValue: 20, current: null })).toBeNull();
  });
  it('measures from the baseline to the target', () => {
    expect(targetPercent({ baseline: 10, targetValue: 20, current: 15 })).toBe(50);
    expect(targetPercent({ baseline: null, targetValue: 8, current: 2 })).toBe(25);
  });
  it('works for targets that go down and clamps to 0–100', () => {
    expect(targetPercent({ baseline: 54, targetValue: 0, current: 27 })).toBe(50);
    expect(targetPercent({ baseline: 10, targetValue: 20, current: 25 })).toBe(100);
    expect(targetPercent({ baseline: 10, targetValue: 20, current: 5 })).toBe(0);
    expect(targetPercent({ baseline: 5, targetValue: 5, current: 5 })).toBe(100);
  });
});

describe('dossier helpers', () => {
  const entry = (on: string, at: string): DossierEntry => ({
    kind: 'comment',
    on,
    at,
    actor: null,
    event: null,
    title: null,
    text: null,
    value: null,
    attachments: [],
    refId: null,
  });
  it('sorts by date, then by the moment recorded', () => {
    const sorted = sortEntries([
      entry('2026-03-02', '2026-03-02T01:00:00Z'),
      entry('2026-03-01', '2026-03-05T00:00:00Z'),
      entry('2026-03-02', '2026-03-01T23:00:00Z'),
    ]);
    expect(sorted.map((e) => e.at)).toEqual(['2026-03-05T00:00:00Z', '2026-03-01T23:00:00Z', '2026-03-02T01:00:00Z']);
  });
  it('formats numbers and reads score stages', () => {
    expect(fmtNumber(12.345)).toBe('12.35');
    expect(fmtNumber(null)).toBe('—');
    expect(scoreStageOf('evaluation')).toBe('evaluation');
    expect(scoreStageOf('other')).toBeNull();
  });
});
