import { describe, expect, it } from 'vitest';
import type { HomePairing } from '../../../contracts/home.ts';
import { raiseConcernPath, slaLabel, visitPath } from './links.ts';

describe('home links', () => {
  it('records a visit of the first open item’s kind for the pairing, else a field stay', () => {
    const item = { rule: { actionKind: 'coaching' } } as HomePairing['items'][number];
    expect(visitPath({ pairingId: 7, items: [item] })).toBe('/records/new?kind=coaching&pairingId=7');
    expect(visitPath({ pairingId: 7, items: [] })).toBe('/records/new?kind=field_stay&pairingId=7');
    expect(raiseConcernPath(12)).toBe('/concerns/new?unitId=12');
  });
  it('counts down the SLA in its kind of days', () => {
    expect(slaLabel({ dueOn: '2026-11-25', daysLeft: 3, dayKind: 'calendar' })).toEqual({
      key: 'home.sla.left',
      days: 3,
      color: 'blue',
    });
    expect(slaLabel({ dueOn: '2026-11-22', daysLeft: 0, dayKind: 'working' }).key).toBe('home.sla.today');
    expect(slaLabel({ dueOn: '2026-11-18', daysLeft: -2, dayKind: 'working' })).toEqual({
      key: 'home.sla.overdueWorking',
      days: 2,
      color: 'red',
    });
  });
});
