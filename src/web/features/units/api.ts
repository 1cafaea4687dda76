import { z } from 'zod';
import {
  type CreateUnitBody,
  type UnitFilters,
  type UpdateUnitBody,
  unitDetailSchema,
  unitListPage,
  unitMoveSchema,
  unitSchema,
} from '../../../contracts/units.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

const unitList = z.array(unitSchema);

/** Children of a unit within the caller's scope; without a parent, the scope roots. */
export const fetchUnitChildren = (parentId: number | null, includeInactive: boolean) =>
  api('GET', withQuery('/api/units', { parentId, includeInactive: includeInactive ? 'true' : 'false' }), unitList);

export const fetchUnitDetail = (id: number) => api('GET', `/api/units/${id}`, unitDetailSchema);

/** A flat, paged list of the units of a subtree (the whole scope without unitId). */
export const listUnits = (query: UnitFilters & { page: number; pageSize: number }) =>
  api('GET', withQuery('/api/units/list', query), unitListPage);

export const exportUnits = (filters: UnitFilters) =>
  downloadFrom(withQuery('/api/units/export', filters), 'units.xlsx');

export const fetchUnitHistory = (id: number) => api('GET', `/api/units/${id}/history`, z.array(unitMoveSchema));

export const createUnit = (body: CreateUnitBody) => api('POST', '/api/units', unitDetailSchema, body);

export const updateUnit = (id: number, body: UpdateUnitBody) =>
  api('PATCH', `/api/units/${id}`, unitDetailSchema, body);

export const moveUnit = (id: number, parentId: number, version: number) =>
  api('POST', `/api/units/${id}/move`, unitDetailSchema, { parentId, version });

export const setUnitActive = (id: number, active: boolean, version: number) =>
  api('POST', `/api/units/${id}/active`, unitDetailSchema, { active, version });

export const unitKeys = {
  all: ['units'] as const,
  children: (parentId: number | null, includeInactive: boolean) =>
    ['units', 'children', parentId, includeInactive] as const,
  detail: (id: number) => ['units', 'detail', id] as const,
  history: (id: number) => ['units', 'history', id] as const,
  list: (query: object) => ['units', 'list', query] as const,
  search: (q: string) => ['units', 'search', q] as const,
};
