import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Concern } from '../../../contracts/concerns.ts';
import type { Home, WaitingConcern } from '../../../contracts/home.ts';
import { useT } from '../../app/i18n/index.tsx';
import { StateTag } from '../concerns/ConcernTags.tsx';
import { slaLabel } from './links.ts';

function SlaTag({ concern }: { concern: WaitingConcern }) {
  const t = useT();
  if (!concern.sla) return null;
  const s = slaLabel(concern.sla);
  return (
    <Tag color={s.color} data-testid="home-sla" style={{ marginInlineEnd: 0 }}>
      {t(s.key, { days: s.days })}
    </Tag>
  );
}

/** A concern as one line: its title (to its detail), the outlet, its state and, in a queue, the SLA countdown. */
export function ConcernLine({ concern }: { concern: Concern | WaitingConcern }) {
  return (
    <List.Item style={{ paddingInline: 0 }} data-testid="home-concern">
      <Flex wrap gap={8} align="center" justify="space-between" style={{ width: '100%' }}>
        <div style={{ minWidth: 0, flex: '1 1 180px' }}>
          <Link to={`/concerns/${concern.id}`}>{concern.title}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {concern.unit.name} · {concern.categoryName}
          </Typography.Text>
        </div>
        <Flex gap={4} wrap>
          <StateTag state={concern.state} />
          {'sla' in concern ? <SlaTag concern={concern} /> : null}
        </Flex>
      </Flex>
    </List.Item>
  );
}

/** The concerns waiting for the caller (the queue of 意见建议 › 待我处理), soonest due first. */
export function ConcernsSection({ data, handler }: { data: NonNullable<Home['concerns']>; handler: boolean }) {
  const t = useT();
  const more = data.total - data.items.length;
  return (
    <Card
      size="small"
      data-testid="home-concerns"
      title={
        <span style={{ whiteSpace: 'normal' }}>{t(handler ? 'home.section.queue' : 'home.section.concerns')}</span>
      }
      extra={<Link to="/concerns?queue=mine">{t('home.more')}</Link>}
    >
      <Typography.Text type={data.overdue ? 'danger' : 'secondary'} data-testid="home-concerns-summary">
        {t('home.concerns.summary', { total: data.total, overdue: data.overdue })}
      </Typography.Text>
      {data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.concerns.none')} />
      ) : (
        <List size="small" dataSource={data.items} renderItem={(c) => <ConcernLine concern={c} />} />
      )}
      {more > 0 ? <Link to="/concerns?queue=mine">{t('home.concerns.more', { count: more })}</Link> : null}
    </Card>
  );
}
