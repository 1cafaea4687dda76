import { PageContainer, ProTable } from '@ant-design/pro-components';
import { useMemo, useRef } from 'react';
import type { AuditEntry, AuditFilters } from '../../../contracts/audit.ts';
import { AUDIT_RESULTS } from '../../../contracts/audit.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { AuditDetail } from './AuditDetail.tsx';
import { ExportButton, VerifyButton } from './AuditTools.tsx';
import { searchAudit } from './api.ts';
import { auditColumns } from './columns.tsx';

type SearchParams = Record<string, unknown>;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const isResult = (v: unknown): v is AuditFilters['result'] => (AUDIT_RESULTS as readonly unknown[]).includes(v);

/** The filter form's values (after the columns' transforms) as the API's filters. */
function toFilters(p: SearchParams): AuditFilters {
  return {
    actor: text(p.actor),
    action: text(p.action),
    targetType: text(p.targetType),
    targetId: text(p.targetId),
    result: isResult(p.result) ? p.result : undefined,
    from: text(p.from),
    to: text(p.to),
  };
}

/** The audit log (audit administrator): newest first, filtered and paged on the server. */
export default function AuditLogPage() {
  const t = useT();
  const me = useMe();
  const onError = useApiErrorHandler();
  // What the table last asked for, so the export matches what the user sees.
  const lastFilters = useRef<AuditFilters>({});
  const columns = useMemo(() => auditColumns(t), [t]);

  return (
    <PageContainer title={t('menu.audit')}>
      <ProTable<AuditEntry, SearchParams>
        rowKey="seq"
        columns={columns}
        request={async ({ current = 1, pageSize = 20, ...rest }) => {
          const filters = toFilters(rest);
          lastFilters.current = filters;
          try {
            const page = await searchAudit({ ...filters, page: current, pageSize });
            return { data: page.items, total: page.total, success: true };
          } catch (err) {
            onError(err);
            return { data: [], total: 0, success: false };
          }
        }}
        search={{ labelWidth: 'auto', defaultCollapsed: true }}
        form={{ syncToUrl: false }}
        options={{ reload: true, density: false, setting: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (entry) => <AuditDetail entry={entry} />,
        }}
        toolBarRender={() => [
          ...(me.permissions.includes('audit.export')
            ? [<ExportButton key="export" filters={() => lastFilters.current} />]
            : []),
          <VerifyButton key="verify" />,
        ]}
      />
    </PageContainer>
  );
}
