import { z } from 'zod';
import { okSchema } from '../../../contracts/common.ts';
import {
  type BulkPairingBody,
  type CreatePairingBody,
  coverageSchema,
  type PairingFilters,
  pairingPage,
  pairingSchema,
} from '../../../contracts/schemes.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export const listPairings = (filters: PairingFilters, page: number, pageSize: number) =>
  api('GET', withQuery('/api/pairings', { ...filters, page, pageSize }), pairingPage);

export const exportPairings = (filters: PairingFilters) =>
  downloadFrom(withQuery('/api/pairings/export', filters), 'pairings.xlsx');

export const fetchPairing = (id: number) => api('GET', `/api/pairings/${id}`, pairingSchema);

export const createPairing = (body: CreatePairingBody) => api('POST', '/api/pairings', pairingSchema, body);

export const bulkPair = (body: BulkPairingBody) =>
  api('POST', '/api/pairings/bulk', z.object({ created: z.array(z.number().int()) }), body);

export const endPairing = (id: number, endsOn: string, version: number) =>
  api('POST', `/api/pairings/${id}/end`, okSchema, { endsOn, version });

export const fetchCoverage = (query: { schemeId: number; unitId?: number; page: number; pageSize: number }) =>
  api('GET', withQuery('/api/pairings/coverage', query), coverageSchema);

export const pairingKeys = {
  all: ['pairings'] as const,
  list: (filters: PairingFilters, page: number, pageSize: number) =>
    ['pairings', 'list', filters, page, pageSize] as const,
  detail: (id: number) => ['pairings', 'detail', id] as const,
  mine: (personId: number) => ['pairings', 'mine', personId] as const,
  coverage: (query: object) => ['pairings', 'coverage', query] as const,
};
