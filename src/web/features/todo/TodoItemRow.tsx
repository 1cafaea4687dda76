import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { TodoItem } from '../../../contracts/compliance.ts';
import { useT } from '../../app/i18n/index.tsx';
import { StatusTag } from '../compliance/StatusTag.tsx';
import { newRecordPath } from './links.ts';

/** One required action of one pairing or org this period: how far it is, and a big 记录 button. */
export function TodoItemRow({ item }: { item: TodoItem }) {
  const t = useT();
  const to = newRecordPath(item.rule.actionKind, item.recordFor);
  return (
    <Flex
      gap={12}
      align="center"
      justify="space-between"
      style={{ padding: '12px 0', borderTop: '1px solid #f0f0f0' }}
      data-testid="todo-item"
      data-kind={item.rule.actionKind}
      data-pairing-id={item.recordFor.pairingId ?? undefined}
      data-status={item.status}
    >
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong style={{ display: 'block' }}>
          {item.rule.name}
        </Typography.Text>
        <Flex gap={6} wrap align="center" style={{ marginTop: 4 }}>
          <StatusTag status={item.status} />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('todo.progress', { period: item.period.label, done: item.done, required: item.required })}
          </Typography.Text>
        </Flex>
      </div>
      <Link to={to}>
        <Button
          type={item.status === 'met' ? 'default' : 'primary'}
          size="large"
          icon={<EditOutlined />}
          data-testid="todo-record"
        >
          {t('todo.record')}
        </Button>
      </Link>
    </Flex>
  );
}
