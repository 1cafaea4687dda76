import { z } from 'zod';
import { okSchema } from '../../../contracts/common.ts';
import {
  type CalendarDay,
  type ConcernCategory,
  type CreateCategoryBody,
  calendarDaySchema,
  concernCategorySchema,
  concernRouteSchema,
  type PutRouteBody,
  routePreviewSchema,
  type UpdateCategoryBody,
} from '../../../contracts/concern-config.ts';
import {
  type ConcernFiguresQuery,
  type ConcernReportQuery,
  concernFiguresSchema,
} from '../../../contracts/concern-figures.ts';
import {
  admonitionSchema,
  type CreateAdmonitionBody,
  type CreateCommitteeMeetingBody,
  type CreateExemplarBody,
  committeeMeetingPage,
  committeeMeetingSchema,
  exemplarSchema,
  followUpSchema,
} from '../../../contracts/concern-followup.ts';
import { type ConcernListQuery, concernDetailSchema, concernPage } from '../../../contracts/concerns.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

/** The follow-up and settings pages' calls; the concern list's own calls live in features/concerns. */

export const fetchFigures = (q: ConcernFiguresQuery) =>
  api('GET', withQuery('/api/concerns/figures', q), concernFiguresSchema);

export const downloadReport = (q: ConcernReportQuery) =>
  downloadFrom(withQuery('/api/concerns/report.xlsx', q), `concerns-${q.year}-Q${q.quarter}-${q.by}.xlsx`);

/** Concerns for pickers (on the agenda, or found by title). */
export const searchConcerns = (q: Partial<Omit<ConcernListQuery, 'page' | 'pageSize'>>, pageSize: number) =>
  api('GET', withQuery('/api/concerns', { ...q, page: 1, pageSize }), concernPage);

/** A concern's detail (the committee form needs its outlet). Same cache key as the concern pages. */
export const fetchConcern = (id: number) => api('GET', `/api/concerns/${id}`, concernDetailSchema);

export const listMeetings = (unitId: number | undefined, page: number, pageSize: number) =>
  api('GET', withQuery('/api/committee-meetings', { unitId, page, pageSize }), committeeMeetingPage);
export const createMeeting = (body: CreateCommitteeMeetingBody) =>
  api('POST', '/api/committee-meetings', committeeMeetingSchema, body);

export const fetchFollowUp = (unitId: number | undefined, year: number) =>
  api('GET', withQuery('/api/concern-followup', { unitId, year }), followUpSchema);
export const createExemplar = (body: CreateExemplarBody) => api('POST', '/api/exemplars', exemplarSchema, body);
export const createAdmonition = (body: CreateAdmonitionBody) => api('POST', '/api/admonitions', admonitionSchema, body);

export const fetchCategories = (): Promise<ConcernCategory[]> =>
  api('GET', '/api/concern-categories', z.array(concernCategorySchema));
export const createCategory = (body: CreateCategoryBody) =>
  api('POST', '/api/concern-categories', concernCategorySchema, body);
export const updateCategory = (code: string, body: UpdateCategoryBody) =>
  api('PUT', `/api/concern-categories/${encodeURIComponent(code)}`, concernCategorySchema, body);

export const fetchRoutes = (unitId: number) =>
  api('GET', withQuery('/api/concern-routes', { unitId }), z.array(concernRouteSchema));
export const putRoute = (body: PutRouteBody) => api('PUT', '/api/concern-routes', concernRouteSchema, body);
export const deleteRoute = (id: number) => api('DELETE', `/api/concern-routes/${id}`, okSchema);
export const fetchRoutePreview = (unitId: number, category: string) =>
  api('GET', withQuery('/api/concern-routes/preview', { unitId, category }), routePreviewSchema);

export const fetchCalendar = (year: number): Promise<CalendarDay[]> =>
  api('GET', withQuery('/api/working-calendar', { year }), z.array(calendarDaySchema));
export const putCalendarDay = (body: { day: string; working: boolean; note?: string | null }) =>
  api('PUT', '/api/working-calendar', calendarDaySchema, body);
export const deleteCalendarDay = (day: string) => api('DELETE', `/api/working-calendar/${day}`, okSchema);

export const followUpKeys = {
  figures: (q: ConcernFiguresQuery) => ['concerns', 'figures', q] as const,
  meetings: (unitId: number | undefined, page: number, pageSize: number) =>
    ['committee-meetings', unitId ?? null, page, pageSize] as const,
  meetingsAll: ['committee-meetings'] as const,
  agenda: ['concerns', 'agenda'] as const,
  search: (q: string) => ['concerns', 'picker', q] as const,
  followUp: (unitId: number | undefined, year: number) => ['concern-followup', unitId ?? null, year] as const,
  followUpAll: ['concern-followup'] as const,
  categories: ['concern-categories'] as const,
  routes: (unitId: number) => ['concern-routes', unitId] as const,
  preview: (unitId: number, category: string) => ['concern-routes', 'preview', unitId, category] as const,
  calendar: (year: number) => ['working-calendar', year] as const,
};
