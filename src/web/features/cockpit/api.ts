import {
  type CockpitQuery,
  cockpitChildrenSchema,
  cockpitSchema,
  cockpitTrendSchema,
} from '../../../contracts/cockpit.ts';
import { api, withQuery } from '../../app/api/client.ts';

export const fetchCockpit = (q: CockpitQuery) => api('GET', withQuery('/api/cockpit', q), cockpitSchema);

export const fetchCockpitChildren = (q: CockpitQuery & { key: string }) =>
  api('GET', withQuery('/api/cockpit/children', q), cockpitChildrenSchema);

export const fetchCockpitTrend = (q: { unitId?: number; year: number }) =>
  api('GET', withQuery('/api/cockpit/trend', q), cockpitTrendSchema);

export const cockpitKeys = {
  all: ['cockpit'] as const,
  figures: (q: CockpitQuery) => ['cockpit', 'figures', q] as const,
  children: (q: CockpitQuery & { key: string }) => ['cockpit', 'children', q] as const,
  trend: (q: { unitId?: number; year: number }) => ['cockpit', 'trend', q] as const,
};
