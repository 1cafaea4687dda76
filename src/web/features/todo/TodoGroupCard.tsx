import { Card, Tag, Typography } from 'antd';
import type { TodoItem } from '../../../contracts/compliance.ts';
import { useT } from '../../app/i18n/index.tsx';
import { TodoItemRow } from './TodoItemRow.tsx';

export interface TodoGroup {
  key: string;
  /** What the actions are done at: the pairing's target, or the party org. */
  title: string;
  kind: 'pairing' | 'party_org';
  unitName: string;
  items: TodoItem[];
}

/** The to-do of one pairing or one party org. */
export function TodoGroupCard({ group }: { group: TodoGroup }) {
  const t = useT();
  const overdue = group.items.filter((i) => i.status === 'overdue').length;
  return (
    <Card
      size="small"
      data-testid="todo-group"
      title={
        <div style={{ whiteSpace: 'normal', padding: '8px 0' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {group.title}
          </Typography.Text>{' '}
          <Tag>{group.kind === 'pairing' ? t('todo.kind.pairing') : t('todo.kind.partyOrg')}</Tag>
          {overdue ? <Tag color="error">{t('todo.overdueCount', { count: overdue })}</Tag> : null}
        </div>
      }
      styles={{ body: { paddingTop: 0, paddingBottom: 0 } }}
    >
      {group.items.map((item) => (
        <TodoItemRow key={`${item.subject.type}-${item.rule.id}-${item.period.label}`} item={item} />
      ))}
    </Card>
  );
}
