import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { Concern } from '../../../contracts/concerns.ts';
import { formatDate } from '../../app/format.ts';
import { DueDate, KindTag, StateTag } from './ConcernTags.tsx';
import { useConcernNames } from './labels.ts';

/** Concerns on a phone: one tappable card each instead of a wide table. */
export function ConcernCards({ items }: { items: Concern[] }) {
  const names = useConcernNames();
  return (
    <Flex vertical gap={8}>
      {items.map((c) => (
        <Link key={c.id} to={`/concerns/${c.id}`} data-testid="concern-link" data-concern-id={c.id}>
          <Card size="small" hoverable>
            <Typography.Text strong style={{ display: 'block' }}>
              {c.title}
            </Typography.Text>
            <Flex wrap gap={4} align="center" style={{ marginTop: 4 }}>
              <KindTag kind={c.kind} />
              <StateTag state={c.state} />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {c.categoryName} · {names.tier(c.tier)}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginTop: 4 }}>
              {c.unit.name}
              {c.department ? ` → ${c.department.name}` : ''}
              {c.handler ? ` · ${c.handler.name}` : ''}
            </Typography.Text>
            <Flex justify="space-between" style={{ marginTop: 4, fontSize: 13 }}>
              <Typography.Text type="secondary">{formatDate(c.raisedAt)}</Typography.Text>
              <DueDate concern={c} />
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
