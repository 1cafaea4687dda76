import { z } from 'zod';
import { okSchema } from '../../../contracts/common.ts';
import {
  attachmentSchema,
  type CreateRecordBody,
  type RecordListQuery,
  type RecordSettings,
  recordDetailSchema,
  recordPage,
  recordSettingsSchema,
  type UpdateRecordBody,
} from '../../../contracts/records.ts';
import { api, upload, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export type RecordFilters = Omit<RecordListQuery, 'page' | 'pageSize'>;

export const listRecords = (filters: RecordFilters, page: number, pageSize: number) =>
  api('GET', withQuery('/api/records', { ...filters, page, pageSize }), recordPage);

export const fetchRecord = (id: number) => api('GET', `/api/records/${id}`, recordDetailSchema);

export const createRecord = (body: CreateRecordBody) => api('POST', '/api/records', recordDetailSchema, body);

export const updateRecord = (id: number, body: UpdateRecordBody) =>
  api('PUT', `/api/records/${id}`, recordDetailSchema, body);

/** A file as the raw body; the server judges its type from the content. */
export const uploadAttachment = (recordId: number, file: File) =>
  upload(`/api/records/${recordId}/attachments`, attachmentSchema, {
    data: file,
    contentType: 'application/octet-stream',
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  });

export const deleteAttachment = (recordId: number, attachmentId: number) =>
  api('DELETE', `/api/records/${recordId}/attachments/${attachmentId}`, okSchema);

export const downloadAttachment = (recordId: number, attachmentId: number, name: string) =>
  downloadFrom(`/api/records/${recordId}/attachments/${attachmentId}`, name);

const settingsView = z.object({ value: recordSettingsSchema, version: z.number().int() });

export const fetchRecordSettings = () => api('GET', '/api/settings/records', settingsView);

export const updateRecordSettings = (value: RecordSettings, version: number) =>
  api('PUT', '/api/settings/records', settingsView, { value, version });

export const recordKeys = {
  all: ['records'] as const,
  list: (filters: RecordFilters, page: number, pageSize: number) =>
    ['records', 'list', filters, page, pageSize] as const,
  detail: (id: number) => ['records', 'detail', id] as const,
  settings: ['record-settings'] as const,
};
