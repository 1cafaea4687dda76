import { createdSchema } from '../../../contracts/common.ts';
import {
  type ClearFlagBody,
  type CreateFlagBody,
  type CreateTalkBody,
  coverageSchema,
  type DueState,
  dueTalkList,
  flagList,
  flagSchema,
  type TalkKind,
  type TalkSettingsBody,
  talkDetail,
  talkList,
  talkSettingsResponse,
  type UpdateTalkBody,
} from '../../../contracts/talks.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export interface DueQuery {
  view: 'mine' | 'all';
  state?: DueState;
  unitId?: number;
}
export interface TalkQuery {
  year?: number;
  unitId?: number;
  personId?: number;
  kind?: TalkKind;
}
export interface CoverageQuery {
  year: number;
  unitId?: number;
}

/** Talks, due talks, flags, settings and coverage: every call of the talk pages. */
export const talkKeys = {
  all: ['talks'] as const,
  due: (q: DueQuery) => ['talks', 'due', q] as const,
  list: (q: TalkQuery) => ['talks', 'list', q] as const,
  detail: (id: number) => ['talks', 'detail', id] as const,
  flags: (personId: number) => ['talks', 'flags', personId] as const,
  settings: ['talks', 'settings'] as const,
  coverage: (q: CoverageQuery) => ['talks', 'coverage', q] as const,
};

export const fetchDue = (q: DueQuery) => api('GET', withQuery('/api/talks/due', { ...q }), dueTalkList);
export const fetchTalks = (q: TalkQuery) => api('GET', withQuery('/api/talks', { ...q }), talkList);
export const fetchTalk = (id: number) => api('GET', `/api/talks/${id}`, talkDetail);
export const createTalk = (body: CreateTalkBody) => api('POST', '/api/talks', createdSchema, body);
export const updateTalk = (id: number, body: UpdateTalkBody) => api('PUT', `/api/talks/${id}`, talkDetail, body);

export const fetchFlags = (personId: number) => api('GET', withQuery('/api/talks/flags', { personId }), flagList);
export const createFlag = (body: CreateFlagBody) => api('POST', '/api/talks/flags', createdSchema, body);
export const clearFlag = (id: number, body: ClearFlagBody) =>
  api('POST', `/api/talks/flags/${id}/clear`, flagSchema, body);

export const fetchSettings = () => api('GET', '/api/talks/settings', talkSettingsResponse);
export const saveSettings = (body: TalkSettingsBody) => api('PUT', '/api/talks/settings', talkSettingsResponse, body);

export const fetchCoverage = (q: CoverageQuery) =>
  api('GET', withQuery('/api/talks/coverage', { ...q }), coverageSchema);
export const exportCoverage = (q: CoverageQuery) =>
  downloadFrom(withQuery('/api/talks/coverage/export', { ...q }), `talk-coverage-${q.year}.xlsx`);
