import {
  type AddAssignmentsBody,
  type CopyTemplateBody,
  type CreateTemplateBody,
  checklistTemplateDetail,
  checklistTemplateList,
  type TemplateImportQuery,
  type TemplateListQuery,
  templateImportResult,
  type UpdateAssignmentBody,
  type UpdateTemplateBody,
} from '../../../contracts/checklists.ts';
import { okSchema } from '../../../contracts/common.ts';
import { api, upload, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

/** Calls shared by the checklist pages (templates, register, annual). */

export const checklistKeys = {
  templates: (q: TemplateListQuery = {}) => ['checklist-templates', q] as const,
  template: (id: number) => ['checklist-template', id] as const,
};

export const fetchTemplates = (q: TemplateListQuery = {}) =>
  api('GET', withQuery('/api/checklist-templates', q), checklistTemplateList);

export const fetchTemplate = (id: number) => api('GET', `/api/checklist-templates/${id}`, checklistTemplateDetail);

export const createTemplate = (body: CreateTemplateBody) =>
  api('POST', '/api/checklist-templates', checklistTemplateDetail, body);

export const updateTemplate = (id: number, body: UpdateTemplateBody) =>
  api('PUT', `/api/checklist-templates/${id}`, checklistTemplateDetail, body);

export const copyTemplate = (id: number, body: CopyTemplateBody) =>
  api('POST', `/api/checklist-templates/${id}/copy`, checklistTemplateDetail, body);

export const exportTemplate = (id: number) =>
  downloadFrom(`/api/checklist-templates/${id}/export`, `checklist-${id}.xlsx`);

export const downloadImportTemplate = () =>
  downloadFrom('/api/checklist-templates/import-template', 'checklist-template.xlsx');

export const importTemplate = (q: TemplateImportQuery, file: File) =>
  upload(withQuery('/api/checklist-templates/import', q), templateImportResult, {
    data: file,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

export const addAssignments = (templateId: number, body: AddAssignmentsBody) =>
  api('POST', `/api/checklist-templates/${templateId}/assignments`, checklistTemplateDetail, body);

export const updateAssignment = (id: number, body: UpdateAssignmentBody) =>
  api('PATCH', `/api/checklist-assignments/${id}`, okSchema, body);

export const deleteAssignment = (id: number, version: number) =>
  api('DELETE', withQuery(`/api/checklist-assignments/${id}`, { version }), okSchema);
