import type { ComplianceStatus } from '../../../contracts/actions.ts';
import {
  type ComplianceQuery,
  complianceSummarySchema,
  matrixSchema,
  overdueSchema,
} from '../../../contracts/compliance.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export const fetchSummary = (q: ComplianceQuery) =>
  api('GET', withQuery('/api/compliance/summary', q), complianceSummarySchema);

export const fetchMatrix = (q: ComplianceQuery & { status?: ComplianceStatus; page: number; pageSize: number }) =>
  api('GET', withQuery('/api/compliance/matrix', q), matrixSchema);

export const fetchOverdue = (q: ComplianceQuery & { page: number; pageSize: number }) =>
  api('GET', withQuery('/api/compliance/overdue', q), overdueSchema);

export const exportCompliance = (q: ComplianceQuery) =>
  downloadFrom(withQuery('/api/compliance/export', q), `compliance-${q.period}.xlsx`);

export const complianceKeys = {
  all: ['compliance'] as const,
  summary: (q: ComplianceQuery) => ['compliance', 'summary', q] as const,
  matrix: (q: object) => ['compliance', 'matrix', q] as const,
  overdue: (q: object) => ['compliance', 'overdue', q] as const,
};
