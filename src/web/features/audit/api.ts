import { type AuditFilters, auditPage, auditVerifySchema } from '../../../contracts/audit.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

export const searchAudit = (query: AuditFilters & { page: number; pageSize: number }) =>
  api('GET', withQuery('/api/audit', query), auditPage);

export const verifyAudit = () => api('GET', '/api/audit/verify', auditVerifySchema);

/** The export of the rows matching the filters, as a download. */
export const downloadAuditExport = (filters: AuditFilters) =>
  downloadFrom(withQuery('/api/audit/export', filters), 'audit-log.xlsx');
