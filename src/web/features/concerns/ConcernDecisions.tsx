import { List, Typography } from 'antd';
import type { ConcernDetail } from '../../../contracts/concerns.ts';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';

/** What the party committee decided at which meeting, and who follows it up. */
export function ConcernDecisions({ decisions }: { decisions: ConcernDetail['decisions'] }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={decisions}
      data-testid="concern-decisions"
      renderItem={(d) => (
        <List.Item key={d.meetingId}>
          <div>
            <Typography.Text strong>
              {formatDate(d.heldOn)} · {d.meetingTitle}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }}>{d.decision}</div>
            {d.owner ? (
              <Typography.Text type="secondary">
                {t('concern.decisionOwner')}：{d.owner.name}
                {d.ownerNote ? ` · ${d.ownerNote}` : ''}
              </Typography.Text>
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}
