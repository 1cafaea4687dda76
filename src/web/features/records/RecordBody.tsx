import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { STANDARD_ITEMS } from '../../../contracts/actions.ts';
import type { RecordDetail } from '../../../contracts/records.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useActionLabel } from './labels.ts';

const paragraphs = (s: string | null) =>
  s ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s}</Typography.Paragraph> : '—';

/** The monthly meeting's items, the content and outcomes, the attendees. */
export function RecordBody({ record }: { record: RecordDetail }) {
  const t = useT();
  const label = useActionLabel();
  const items = record.standardItems;
  return (
    <Flex vertical gap={12}>
      {items ? (
        <Card size="small" title={t('record.standardItems')}>
          {STANDARD_ITEMS.map((k) => (
            <div key={k} style={{ padding: '4px 0' }} data-testid={`item-${k}`}>
              {items[k].done ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <MinusCircleOutlined />}{' '}
              <Typography.Text strong={items[k].done}>{label('standardItem', k)}</Typography.Text>
              {items[k].note ? <Typography.Text type="secondary"> — {items[k].note}</Typography.Text> : null}
            </div>
          ))}
        </Card>
      ) : null}
      <Card size="small" title={t('record.content')}>
        {paragraphs(record.content)}
      </Card>
      <Card size="small" title={t('record.outcomes')}>
        {paragraphs(record.outcomes)}
      </Card>
      <Card
        size="small"
        title={t('record.attendeesCount', { present: record.personTimes, total: record.attendees.length })}
      >
        {record.attendees.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('record.noAttendees')} />
        ) : (
          <List
            size="small"
            dataSource={record.attendees}
            renderItem={(a) => (
              <List.Item>
                <span>{a.name}</span>
                <span>
                  {a.present ? <Tag color="success">{t('record.present')}</Tag> : <Tag>{t('record.absent')}</Tag>}
                  {!a.present && a.absenceReason ? (
                    <Typography.Text type="secondary">{a.absenceReason}</Typography.Text>
                  ) : null}
                </span>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
