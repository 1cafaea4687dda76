import { createdSchema, okSchema } from '../../../contracts/common.ts';
import {
  type AttendanceBody,
  type CreateProgramBody,
  type CreateSessionBody,
  enrolmentList,
  type InviteBody,
  inviteResult,
  materialSchema,
  programList,
  programSchema,
  sessionDetail,
  sessionList,
  type TrainingMethod,
  trainingImportResult,
  type UpdateProgramBody,
  type UpdateSessionBody,
} from '../../../contracts/training.ts';
import { api, upload, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

/** Programs, sessions, enrolment and attendance, the sign-in import and materials. */
export interface SessionFilters {
  year?: number;
  unitId?: number;
  programId?: number;
  method?: TrainingMethod;
}
export interface ProgramFilters {
  year?: number;
  unitId?: number;
}

export const trainingKeys = {
  all: ['training'] as const,
  sessions: (q: SessionFilters) => ['training', 'sessions', q] as const,
  programs: (q: ProgramFilters) => ['training', 'programs', q] as const,
  session: (id: number) => ['training', 'session', id] as const,
  enrolments: (id: number) => ['training', 'enrolments', id] as const,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const fetchPrograms = (q: ProgramFilters) =>
  api('GET', withQuery('/api/training/programs', { ...q }), programList);
export const createProgram = (body: CreateProgramBody) => api('POST', '/api/training/programs', createdSchema, body);
export const updateProgram = (id: number, body: UpdateProgramBody) =>
  api('PUT', `/api/training/programs/${id}`, programSchema, body);
export const deleteProgram = (id: number, version: number) =>
  api('DELETE', withQuery(`/api/training/programs/${id}`, { version }), okSchema);

export const fetchSessions = (q: SessionFilters) =>
  api('GET', withQuery('/api/training/sessions', { ...q }), sessionList);
export const fetchSession = (id: number) => api('GET', `/api/training/sessions/${id}`, sessionDetail);
export const createSession = (body: CreateSessionBody) => api('POST', '/api/training/sessions', createdSchema, body);
export const updateSession = (id: number, body: UpdateSessionBody) =>
  api('PUT', `/api/training/sessions/${id}`, sessionDetail, body);
export const deleteSession = (id: number, version: number) =>
  api('DELETE', withQuery(`/api/training/sessions/${id}`, { version }), okSchema);

export const fetchEnrolments = (id: number) => api('GET', `/api/training/sessions/${id}/enrolments`, enrolmentList);
export const invite = (id: number, body: InviteBody) =>
  api('POST', `/api/training/sessions/${id}/invite`, inviteResult, body);
export const markAttendance = (id: number, body: AttendanceBody) =>
  api('PUT', `/api/training/sessions/${id}/attendance`, enrolmentList, body);
export const removeEnrolment = (id: number, personId: number) =>
  api('DELETE', `/api/training/sessions/${id}/enrolments/${personId}`, okSchema);

export const downloadSignInTemplate = (id: number) =>
  downloadFrom(`/api/training/sessions/${id}/sign-in-template`, 'sign-in.xlsx');
export const importSignIn = (id: number, mode: 'dry_run' | 'commit', file: File) =>
  upload(withQuery(`/api/training/sessions/${id}/sign-in`, { mode }), trainingImportResult, {
    data: file,
    contentType: XLSX,
  });

export const uploadMaterial = (id: number, file: File) =>
  upload(`/api/training/sessions/${id}/materials`, materialSchema, {
    data: file,
    contentType: 'application/octet-stream',
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  });
export const downloadMaterial = (id: number, name: string) => downloadFrom(`/api/training/materials/${id}`, name);
export const deleteMaterial = (id: number) => api('DELETE', `/api/training/materials/${id}`, okSchema);
