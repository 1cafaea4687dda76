import { z } from 'zod';
import {
  type CommentMonthlyReportBody,
  type CreateEntryBody,
  type CreateInspectionBody,
  entryAttachmentSchema,
  entrySchema,
  inspectionDetailSchema,
  inspectionSummarySchema,
  monthlyReportListSchema,
  monthlyReportSchema,
  type PutMonthlyReportBody,
  type RectifiedBody,
  rectificationSchema,
  registerSchema,
  unitMonthsSchema,
} from '../../../../contracts/checklist-register.ts';
import { checklistTemplateDetail } from '../../../../contracts/checklists.ts';
import { okSchema } from '../../../../contracts/common.ts';
import { recordPage } from '../../../../contracts/records.ts';
import { api, upload, withQuery } from '../../../app/api/client.ts';
import { downloadFrom } from '../../../app/api/download.ts';

/** The register drawer's and the follow-up page's calls. */
export const registerKeys = {
  all: ['checklist-register'] as const,
  register: (assignmentId: number, itemId: number) => ['checklist-register', 'item', assignmentId, itemId] as const,
  monthly: (templateId: number, month: string) => ['checklist-register', 'monthly', templateId, month] as const,
  inspections: (templateId: number | undefined) => ['checklist-register', 'inspections', templateId ?? null] as const,
  inspection: (id: number) => ['checklist-register', 'inspection', id] as const,
  rectifications: (templateId: number | undefined, open: boolean) =>
    ['checklist-register', 'rectifications', templateId ?? null, open] as const,
  records: (unitId: number, year: number) => ['checklist-register', 'records', unitId, year] as const,
};

export const fetchRegister = (assignmentId: number, itemId: number) =>
  api('GET', `/api/checklist-assignments/${assignmentId}/items/${itemId}/register`, registerSchema);
export const createEntry = (body: CreateEntryBody) => api('POST', '/api/checklist-entries', entrySchema, body);
export const deleteEntry = (id: number) => api('DELETE', `/api/checklist-entries/${id}`, okSchema);
export const uploadEntryAttachment = (entryId: number, file: File) =>
  upload(`/api/checklist-entries/${entryId}/attachments`, entryAttachmentSchema, {
    data: file,
    contentType: 'application/octet-stream',
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  });
export const downloadEntryAttachment = (id: number, name: string) =>
  downloadFrom(`/api/checklist-entry-attachments/${id}`, name);

/** The unit's records of the year, for linking a completion to one. */
export const unitRecords = (unitId: number, year: number) =>
  api(
    'GET',
    withQuery('/api/records', { unitId, from: `${year}-01-01`, to: `${year}-12-31`, page: 1, pageSize: 100 }),
    recordPage,
  );

export const fetchMonthly = (templateId: number, month: string) =>
  api('GET', withQuery('/api/checklist-monthly-reports', { templateId, month }), monthlyReportListSchema);
export const fetchUnitMonths = (assignmentId: number, year?: number) =>
  api('GET', withQuery(`/api/checklist-assignments/${assignmentId}/monthly-reports`, { year }), unitMonthsSchema);
export const putMonthly = (body: PutMonthlyReportBody) =>
  api('PUT', '/api/checklist-monthly-reports', monthlyReportSchema, body);
export const commentMonthly = (id: number, body: CommentMonthlyReportBody) =>
  api('POST', `/api/checklist-monthly-reports/${id}/comment`, monthlyReportSchema, body);

export const fetchInspections = (q: { templateId?: number; quarter?: number; assignmentId?: number }) =>
  api('GET', withQuery('/api/checklist-inspections', q), z.array(inspectionSummarySchema));
export const fetchInspection = (id: number) => api('GET', `/api/checklist-inspections/${id}`, inspectionDetailSchema);
export const createInspection = (body: CreateInspectionBody) =>
  api('POST', '/api/checklist-inspections', inspectionDetailSchema, body);

export const fetchRectifications = (templateId: number | undefined, open: boolean) =>
  api(
    'GET',
    withQuery('/api/checklist-rectifications', { templateId, open: open ? 'true' : 'false' }),
    z.array(rectificationSchema),
  );
export const closeRectification = (findingId: number, body: RectifiedBody) =>
  api('POST', `/api/checklist-findings/${findingId}/rectified`, rectificationSchema, body);

/** The template's items and assigned units (for the inspection form). */
export const fetchTemplate = (id: number) => api('GET', `/api/checklist-templates/${id}`, checklistTemplateDetail);
