import { concernListQuery } from '../../../contracts/concerns.ts';
import { useListFilters } from '../../app/useUrlFilters.ts';

/** Every list filter lives in the address, so a figure can link to exactly the list it counts. */
export const FILTER_KEYS = [
  'status',
  'state',
  'kind',
  'tier',
  'category',
  'departmentId',
  'counselorId',
  'outletId',
  'unitId',
  'from',
  'to',
  'q',
] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

export function useConcernFilters() {
  return useListFilters(concernListQuery.shape, FILTER_KEYS);
}

export type ConcernListFilters = ReturnType<typeof useConcernFilters>;
