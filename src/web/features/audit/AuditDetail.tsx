import { Descriptions, Typography } from 'antd';
import type { AuditEntry } from '../../../contracts/audit.ts';
import { useT } from '../../app/i18n/index.tsx';

/** The expanded row: the request id and the recorded change, as the server stored it. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const t = useT();
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('audit.requestId')}>
        <Typography.Text copyable={entry.requestId ? { text: entry.requestId } : false}>
          {entry.requestId ?? '—'}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('audit.diff')}>
        {entry.diff === null ? (
          '—'
        ) : (
          <pre className="ld-pre" data-testid="audit-diff">
            {JSON.stringify(entry.diff, null, 2)}
          </pre>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
