import {
  type AppointBody,
  type CreatePartyOrgBody,
  type PartyOrgFilters,
  partyOrgDetailSchema,
  partyOrgPage,
  type UpdatePartyOrgBody,
} from '../../../contracts/party-orgs.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export const listPartyOrgs = (filters: PartyOrgFilters, page: number, pageSize: number) =>
  api('GET', withQuery('/api/party-orgs', { ...filters, page, pageSize }), partyOrgPage);

export const exportPartyOrgs = (filters: PartyOrgFilters) =>
  downloadFrom(withQuery('/api/party-orgs/export', filters), 'party-orgs.xlsx');

export const fetchPartyOrg = (id: number) => api('GET', `/api/party-orgs/${id}`, partyOrgDetailSchema);

export const createPartyOrg = (body: CreatePartyOrgBody) => api('POST', '/api/party-orgs', partyOrgDetailSchema, body);

export const updatePartyOrg = (id: number, body: UpdatePartyOrgBody) =>
  api('PUT', `/api/party-orgs/${id}`, partyOrgDetailSchema, body);

export const appointToCommittee = (id: number, body: AppointBody) =>
  api('POST', `/api/party-orgs/${id}/committee`, partyOrgDetailSchema, body);

export const endSeat = (id: number, seatId: number, endedOn: string, version: number) =>
  api('POST', `/api/party-orgs/${id}/committee/${seatId}/end`, partyOrgDetailSchema, { endedOn, version });

export const partyOrgKeys = {
  all: ['party-orgs'] as const,
  list: (filters: PartyOrgFilters, page: number, pageSize: number) =>
    ['party-orgs', 'list', filters, page, pageSize] as const,
  detail: (id: number) => ['party-orgs', 'detail', id] as const,
  search: (q: string, unitId: number | null) => ['party-orgs', 'search', q, unitId] as const,
  ofUnit: (unitId: number) => ['party-orgs', 'of-unit', unitId] as const,
};
