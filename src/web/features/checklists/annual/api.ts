import {
  type AppraisalBody,
  accountabilityList,
  accountabilitySchema,
  appraisalSchema,
  boardSchema,
  type CreateAccountabilityBody,
  type CreateDutyReportBody,
  type DutyReportQuery,
  dutyReportList,
  dutyReportSchema,
  type ReviewBody,
  rankingSchema,
  type UpdateDutyReportBody,
  unitYearSchema,
} from '../../../../contracts/checklist-annual.ts';
import { api, withQuery } from '../../../app/api/client.ts';
import { downloadFrom } from '../../../app/api/download.ts';

/** The board's, a unit year's and the assessment page's calls. */
export const annualKeys = {
  all: ['checklist-annual'] as const,
  board: (id: number) => ['checklist-annual', 'board', id] as const,
  ranking: (id: number) => ['checklist-annual', 'ranking', id] as const,
  year: (id: number) => ['checklist-annual', 'year', id] as const,
  duty: (q: DutyReportQuery) => ['checklist-annual', 'duty', q] as const,
  accountability: (templateId: number) => ['checklist-annual', 'accountability', templateId] as const,
};

export const fetchBoard = (id: number) => api('GET', `/api/checklist-templates/${id}/board`, boardSchema);
export const exportBoard = (id: number) => downloadFrom(`/api/checklist-templates/${id}/board/export`, 'board.xlsx');
export const fetchRanking = (id: number) => api('GET', `/api/checklist-templates/${id}/ranking`, rankingSchema);
export const exportRanking = (id: number) =>
  downloadFrom(`/api/checklist-templates/${id}/ranking/export`, 'ranking.xlsx');
export const fetchUnitYear = (id: number) => api('GET', `/api/checklist-assignments/${id}/year`, unitYearSchema);
export const putAppraisal = (assignmentId: number, body: AppraisalBody) =>
  api('PUT', `/api/checklist-appraisals/${assignmentId}`, appraisalSchema, body);
export const fetchDutyReports = (q: DutyReportQuery) => api('GET', withQuery('/api/duty-reports', q), dutyReportList);
export const createDutyReport = (body: CreateDutyReportBody) =>
  api('POST', '/api/duty-reports', dutyReportSchema, body);
export const updateDutyReport = (id: number, body: UpdateDutyReportBody) =>
  api('PUT', `/api/duty-reports/${id}`, dutyReportSchema, body);
export const reviewDutyReport = (id: number, body: ReviewBody) =>
  api('POST', `/api/duty-reports/${id}/reviews`, dutyReportSchema, body);
export const fetchAccountabilities = (templateId: number) =>
  api('GET', withQuery('/api/checklist-accountabilities', { templateId }), accountabilityList);
export const createAccountability = (body: CreateAccountabilityBody) =>
  api('POST', '/api/checklist-accountabilities', accountabilitySchema, body);
