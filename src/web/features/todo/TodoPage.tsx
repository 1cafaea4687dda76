import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ComplianceStatus } from '../../../contracts/actions.ts';
import type { TodoItem } from '../../../contracts/compliance.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { TalksDueCard } from '../talks/TalksDueCard.tsx';
import { fetchTodo, todoKeys } from './api.ts';
import { type TodoGroup, TodoGroupCard } from './TodoGroupCard.tsx';

const ORDER: Record<ComplianceStatus, number> = { overdue: 0, due: 1, not_yet_due: 2, met: 3 };

function groupItems(items: TodoItem[]): TodoGroup[] {
  const groups = new Map<string, TodoGroup>();
  for (const item of items) {
    const { pairingId, partyOrgId } = item.recordFor;
    const key = pairingId ? `p${pairingId}` : `o${partyOrgId}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        title: pairingId ? item.subject.detail : item.subject.name,
        kind: pairingId ? 'pairing' : 'party_org',
        unitName: item.subject.unitName,
        items: [],
      };
      groups.set(key, g);
    }
    g.items.push(item);
  }
  const out = [...groups.values()];
  for (const g of out) g.items.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  // Pairings first, then orgs; the most overdue first within each.
  const overdue = (g: TodoGroup) => g.items.filter((i) => i.status === 'overdue').length;
  return out.sort((a, b) => (a.kind === b.kind ? overdue(b) - overdue(a) : a.kind === 'pairing' ? -1 : 1));
}

type Show = 'open' | 'all';

/** 我的待办: per pairing or party org, what is due this period and what is overdue, each with a 记录 button. */
export default function TodoPage() {
  const t = useT();
  const [show, setShow] = useState<Show>('open');
  const query = useQuery({ queryKey: todoKeys.all, queryFn: fetchTodo });
  const items = query.data?.items;
  const groups = useMemo(
    () => groupItems((items ?? []).filter((i) => show === 'all' || i.status === 'overdue' || i.status === 'due')),
    [items, show],
  );
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoading />;
  const count = (s: ComplianceStatus) => query.data.items.filter((i) => i.status === s).length;
  return (
    <PageContainer title={t('menu.todo')}>
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" data-testid="todo-summary">
          {t('todo.summary', {
            today: query.data.today,
            overdue: count('overdue'),
            due: count('due'),
            met: count('met'),
          })}
        </Typography.Text>
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'open', label: t('todo.showOpen') },
            { value: 'all', label: t('todo.showAll') },
          ]}
        />
      </Flex>
      <TalksDueCard />
      {groups.length === 0 ? (
        <Empty description={query.data.items.length ? t('todo.allDone') : t('todo.nothing')} />
      ) : (
        <Space direction="vertical" size={12} style={{ display: 'flex' }}>
          {groups.map((g) => (
            <TodoGroupCard key={g.key} group={g} />
          ))}
        </Space>
      )}
    </PageContainer>
  );
}
