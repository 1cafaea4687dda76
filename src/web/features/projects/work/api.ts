import {
  type CreateCommentBody,
  type CreateMilestoneBody,
  type CreateProgressBody,
  type CreateReadingBody,
  dossierSchema,
  type ExemplaryBody,
  progressAttachmentSchema,
  projectDetail,
  type UpdateMilestoneBody,
} from '../../../../contracts/project-work.ts';
import { createdSchema, scoreSheetList } from '../../../../contracts/projects.ts';
import { api, send, upload, withQuery } from '../../../app/api/client.ts';
import { downloadFrom } from '../../../app/api/download.ts';

/**
 * One project's calls: its detail and dossier, the implementation work, comments,
 * the exemplary mark, submit and withdraw. Mutations whose answer the page does not
 * read only need to succeed: the page reloads the project afterwards.
 */
export const projectWorkKeys = {
  all: ['project'] as const,
  detail: (id: number) => ['project', id, 'detail'] as const,
  dossier: (id: number) => ['project', id, 'dossier'] as const,
  scores: (id: number) => ['project', id, 'scores'] as const,
};

export const fetchProject = (id: number) => api('GET', `/api/projects/${id}`, projectDetail);
export const fetchDossier = (id: number) => api('GET', `/api/projects/${id}/dossier`, dossierSchema);
export const fetchScores = (id: number) => api('GET', `/api/projects/${id}/scores`, scoreSheetList);

export const createMilestone = (projectId: number, body: CreateMilestoneBody) =>
  send('POST', `/api/projects/${projectId}/milestones`, body);
export const updateMilestone = (id: number, body: UpdateMilestoneBody) =>
  send('PUT', `/api/project-milestones/${id}`, body);
export const deleteMilestone = (id: number, version: number) =>
  send('DELETE', withQuery(`/api/project-milestones/${id}`, { version }));

export const createProgress = (projectId: number, body: CreateProgressBody) =>
  api('POST', `/api/projects/${projectId}/progress`, createdSchema, body);
export const uploadProgressAttachment = (progressId: number, file: File) =>
  upload(`/api/project-progress/${progressId}/attachments`, progressAttachmentSchema, {
    data: file,
    contentType: 'application/octet-stream',
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  });
export const downloadProgressAttachment = (id: number, name: string) =>
  downloadFrom(`/api/project-progress-attachments/${id}`, name);

export const createReading = (targetId: number, body: CreateReadingBody) =>
  send('POST', `/api/project-targets/${targetId}/readings`, body);
export const createComment = (projectId: number, body: CreateCommentBody) =>
  send('POST', `/api/projects/${projectId}/comments`, body);
export const setExemplary = (projectId: number, body: ExemplaryBody) =>
  send('PUT', `/api/projects/${projectId}/exemplary`, body);
export const submitProject = (projectId: number, version: number) =>
  send('POST', `/api/projects/${projectId}/submit`, { version });
export const withdrawProject = (projectId: number, body: { version: number; reason?: string | null }) =>
  send('POST', `/api/projects/${projectId}/withdraw`, body);
