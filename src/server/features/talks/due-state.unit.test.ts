import { describe, expect, it } from 'vitest';
import { dueStateOf } from './due-talks.ts';

describe('dueStateOf', () => {
  it('is done once a talk fulfils it, whatever the date', () => {
    expect(dueStateOf('2026-01-01', 7, '2026-11-22')).toEqual({ state: 'done', days: null });
  });
  it('is overdue after the due date, counting the days past', () => {
    expect(dueStateOf('2026-11-17', null, '2026-11-22')).toEqual({ state: 'overdue', days: 5 });
  });
  it('is open up to and on the due date, counting the days left', () => {
    expect(dueStateOf('2026-11-22', null, '2026-11-22')).toEqual({ state: 'open', days: 0 });
    expect(dueStateOf('2026-12-02', null, '2026-11-22')).toEqual({ state: 'open', days: 10 });
  });
});
