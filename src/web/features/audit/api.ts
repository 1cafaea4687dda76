import { type AuditFilters, auditPage, auditVerifySchema } from '../../../contracts/audit.ts';
import { api, send, withQuery } from '../../app/api/client.ts';

export const searchAudit = (query: AuditFilters & { page: number; pageSize: number }) =>
  api('GET', withQuery('/api/audit', query), auditPage);

export const verifyAudit = () => api('GET', '/api/audit/verify', auditVerifySchema);

/**
 * Fetches the export (so the request carries the chosen language, which the
 * sheet's headings follow) and hands it to the browser as a download.
 */
export async function downloadAuditExport(filters: AuditFilters): Promise<void> {
  const res = await send('GET', withQuery('/api/audit/export', filters));
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'audit-log.xlsx';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
