import { createdSchema } from '../../../contracts/common.ts';
import { type CreateReportBody, reportDataSchema, reportJobList, reportJobSchema } from '../../../contracts/reports.ts';
import { api, withQuery } from '../../app/api/client.ts';

export const listReports = () => api('GET', '/api/reports', reportJobList);
export const fetchReport = (id: number) => api('GET', `/api/reports/${id}`, reportJobSchema);
export const createReport = (body: CreateReportBody) => api('POST', '/api/reports', createdSchema, body);
export const fetchReportData = (q: { unitId?: number | undefined; period: string }) =>
  api('GET', withQuery('/api/reports/data', q), reportDataSchema);
export const reportFilePath = (id: number) => `/api/reports/${id}/file`;

export const reportKeys = {
  list: ['reports', 'list'] as const,
  data: (q: { unitId?: number | undefined; period: string }) => ['reports', 'data', q] as const,
};
