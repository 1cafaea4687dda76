import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { concernKeys, listConcerns } from './api.ts';
import { KindTag, StateTag } from './ConcernTags.tsx';

/** On a record's page: the concerns collected at it, each with its state now. Hidden when there are none. */
export function RecordConcerns({ recordId }: { recordId: number }) {
  const t = useT();
  const me = useMe();
  const readable = me.permissions.includes('concerns.read');
  const filters = { recordId };
  const query = useQuery({
    queryKey: concernKeys.list(filters, 1, 50),
    queryFn: () => listConcerns(filters, 1, 50),
    enabled: readable,
  });
  const items = query.data?.items ?? [];
  if (!readable || items.length === 0) return null;
  return (
    <Card size="small" title={t('concern.fromRecord', { count: items.length })} data-testid="record-concerns">
      <List
        size="small"
        dataSource={items}
        renderItem={(c) => (
          <List.Item>
            <Flex gap={8} align="center" wrap>
              <KindTag kind={c.kind} />
              <Link to={`/concerns/${c.id}`}>{c.title}</Link>
              <StateTag state={c.state} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
