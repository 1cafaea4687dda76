import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { RecordItem } from '../../../contracts/records.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useActionLabel } from './labels.ts';

/** Records on a phone: one tappable card each instead of a wide table. */
export function RecordCards({ items }: { items: RecordItem[] }) {
  const t = useT();
  const label = useActionLabel();
  return (
    <Flex vertical gap={8}>
      {items.map((r) => (
        <Link key={r.id} to={`/records/${r.id}`} data-testid="record-link">
          <Card size="small" hoverable>
            <Typography.Text strong style={{ display: 'block' }}>
              {r.title}
            </Typography.Text>
            <Flex wrap gap={6} align="center" style={{ marginTop: 4 }}>
              <Tag color="red">{label('actionKind', r.kind)}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {formatDateTime(r.occurredAt)} · {r.unit.name}
              </Typography.Text>
              {r.editable ? null : <Tag>{t('record.lockedTag')}</Tag>}
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
