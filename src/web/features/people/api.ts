import {
  type CreatePersonBody,
  type PersonFilters,
  personDetailSchema,
  personPage,
  personSchema,
  type TransferBody,
  type UpdatePersonBody,
} from '../../../contracts/people.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

/** The list's filters as the page holds them (reveal is a switch, not a filter). */
export type PeopleFilters = Omit<PersonFilters, 'reveal'>;

const revealParam = (reveal: boolean) => (reveal ? 'true' : undefined);

export const listPeople = (filters: PeopleFilters, page: number, pageSize: number, reveal: boolean) =>
  api('GET', withQuery('/api/people', { ...filters, page, pageSize, reveal: revealParam(reveal) }), personPage);

export const exportPeople = (filters: PeopleFilters, reveal: boolean) =>
  downloadFrom(withQuery('/api/people/export', { ...filters, reveal: revealParam(reveal) }), 'people.xlsx');

export const fetchPerson = (id: number, reveal: boolean) =>
  api('GET', withQuery(`/api/people/${id}`, { reveal: revealParam(reveal) }), personDetailSchema);

export const createPerson = (body: CreatePersonBody) => api('POST', '/api/people', personSchema, body);

export const updatePerson = (id: number, body: UpdatePersonBody) => api('PUT', `/api/people/${id}`, personSchema, body);

export const transferPerson = (id: number, body: TransferBody) =>
  api('POST', `/api/people/${id}/transfer`, personSchema, body);

export const peopleKeys = {
  all: ['people'] as const,
  list: (filters: PeopleFilters, page: number, pageSize: number, reveal: boolean) =>
    ['people', 'list', filters, page, pageSize, reveal] as const,
  detail: (id: number, reveal: boolean) => ['people', 'detail', id, reveal] as const,
  search: (q: string) => ['people', 'search', q] as const,
};
