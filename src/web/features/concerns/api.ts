import { z } from 'zod';
import { type ConcernCategory, concernCategorySchema, routePreviewSchema } from '../../../contracts/concern-config.ts';
import {
  type ConcernListQuery,
  type ConcernTransitionBody,
  concernAttachmentSchema,
  concernCounts,
  concernDetailSchema,
  concernPage,
  type RaiseConcernBody,
} from '../../../contracts/concerns.ts';
import { api, upload, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export type ConcernFilters = Omit<ConcernListQuery, 'page' | 'pageSize'>;

export const listConcerns = (filters: Partial<ConcernFilters>, page: number, pageSize: number) =>
  api('GET', withQuery('/api/concerns', { ...filters, page, pageSize }), concernPage);

export const fetchConcernCounts = () => api('GET', '/api/concerns/counts', concernCounts);

export const fetchConcern = (id: number) => api('GET', `/api/concerns/${id}`, concernDetailSchema);

export const raiseConcern = (body: RaiseConcernBody) => api('POST', '/api/concerns', concernDetailSchema, body);

export const transitionConcern = (id: number, body: ConcernTransitionBody) =>
  api('POST', `/api/concerns/${id}/transitions`, concernDetailSchema, body);

/** A file as the raw body, its name in a header (the server judges the type from the content). */
export const uploadConcernAttachment = (concernId: number, file: File) =>
  upload(`/api/concerns/${concernId}/attachments`, concernAttachmentSchema, {
    data: file,
    contentType: 'application/octet-stream',
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  });

export const downloadConcernAttachment = (concernId: number, attachmentId: number, name: string) =>
  downloadFrom(`/api/concerns/${concernId}/attachments/${attachmentId}`, name);

export const fetchCategories = (): Promise<ConcernCategory[]> =>
  api('GET', '/api/concern-categories', z.array(concernCategorySchema));

const refList = z.array(z.object({ id: z.number().int(), name: z.string() }));
export const fetchHandlers = (departmentId: number) =>
  api('GET', withQuery('/api/concerns/handlers', { departmentId }), refList);

export const fetchRoutePreview = (unitId: number, category: string) =>
  api('GET', withQuery('/api/concern-routes/preview', { unitId, category }), routePreviewSchema);

export const concernKeys = {
  all: ['concerns'] as const,
  list: (filters: Partial<ConcernFilters>, page: number, pageSize: number) =>
    ['concerns', 'list', filters, page, pageSize] as const,
  counts: ['concerns', 'counts'] as const,
  detail: (id: number) => ['concerns', 'detail', id] as const,
  categories: ['concern-categories'] as const,
  handlers: (departmentId: number) => ['concerns', 'handlers', departmentId] as const,
  preview: (unitId: number, category: string) => ['concern-routes', 'preview', unitId, category] as const,
};
