import { z } from 'zod';
import { unitDetailSchema, unitSchema } from '../../../contracts/units.ts';
import { api, withQuery } from '../../app/api/client.ts';

const unitList = z.array(unitSchema);

/** Children of a unit within the caller's scope; without a parent, the scope roots. */
export const fetchUnitChildren = (parentId: number | null, includeInactive: boolean) =>
  api('GET', withQuery('/api/units', { parentId, includeInactive: includeInactive ? 'true' : 'false' }), unitList);

export const fetchUnitDetail = (id: number) => api('GET', `/api/units/${id}`, unitDetailSchema);

export const unitKeys = {
  children: (parentId: number | null, includeInactive: boolean) =>
    ['units', 'children', parentId, includeInactive] as const,
  detail: (id: number) => ['units', 'detail', id] as const,
};
