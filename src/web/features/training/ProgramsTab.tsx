import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Program } from '../../../contracts/training.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { deleteProgram, fetchPrograms, type ProgramFilters, trainingKeys } from './api.ts';
import { ProgramFormModal } from './ProgramFormModal.tsx';
import { ProgramKindTag } from './Tags.tsx';

/** 培训项目: the programs of the year with their sessions and attendances; managers edit and delete them. */
export function ProgramsTab({
  filters,
  canManage,
  onShowSessions,
}: {
  filters: ProgramFilters;
  canManage: boolean;
  onShowSessions: (p: Program) => void;
}) {
  const t = useT();
  const compact = useCompact();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const [editing, setEditing] = useState<Program | null>(null);
  const list = useQuery({ queryKey: trainingKeys.programs(filters), queryFn: () => fetchPrograms(filters) });
  const reload = () => void qc.invalidateQueries({ queryKey: trainingKeys.all });
  const remove = useMutation({
    mutationFn: (p: Program) => deleteProgram(p.id, p.version),
    onSuccess: () => {
      void message.success(t('trn.program.deleted'));
      reload();
    },
    onError: (err) => onError(err, { onStale: reload }),
  });
  if (list.isError && !list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data ?? [];
  const actions = (p: Program) => (
    <Flex gap={4} wrap onClick={(e) => e.stopPropagation()}>
      <Button size="small" type="link" onClick={() => onShowSessions(p)}>
        {t('trn.program.showSessions')}
      </Button>
      {canManage && (
        <>
          <Button size="small" type="link" onClick={() => setEditing(p)} data-testid="program-edit">
            {t('trn.session.edit')}
          </Button>
          <Button
            size="small"
            type="link"
            danger
            disabled={p.sessions > 0}
            onClick={() =>
              modal.confirm({
                title: t('trn.program.delete'),
                content: t('trn.program.deleteConfirm', { title: p.title }),
                okButtonProps: { danger: true },
                onOk: () => remove.mutateAsync(p).catch(() => undefined),
              })
            }
          >
            {t('trn.session.delete')}
          </Button>
        </>
      )}
    </Flex>
  );
  return (
    <>
      {compact ? (
        <Flex vertical gap={12} data-testid="program-cards">
          {items.length === 0 && !list.isPending && <Empty description={t('trn.program.empty')} />}
          {items.map((p) => (
            <Card
              key={p.id}
              size="small"
              title={
                <Typography.Text strong ellipsis>
                  {p.title}
                </Typography.Text>
              }
            >
              <Flex vertical gap={6}>
                <Flex gap={4} wrap>
                  <Tag>{p.year}</Tag>
                  <ProgramKindTag kind={p.kind} />
                </Flex>
                <Typography.Text type="secondary" style={{ wordBreak: 'break-word' }}>
                  {p.unit.name} · {p.organizer}
                </Typography.Text>
                <span>
                  {t('trn.program.sessions')} {p.sessions} · {t('trn.program.attendedTimes')} {p.attended}
                </span>
                {actions(p)}
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Program>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('trn.program.empty') }}
          data-testid="program-table"
          columns={[
            { title: t('trn.program.year'), dataIndex: 'year', width: 70 },
            { title: t('trn.program.title'), dataIndex: 'title' },
            { title: t('trn.program.kind'), render: (_, p) => <ProgramKindTag kind={p.kind} /> },
            { title: t('trn.program.unit'), render: (_, p) => p.unit.name },
            { title: t('trn.program.organizer'), dataIndex: 'organizer' },
            { title: t('trn.program.sessions'), dataIndex: 'sessions', align: 'right' },
            { title: t('trn.program.attendedTimes'), dataIndex: 'attended', align: 'right' },
            { title: t('common.actions'), render: (_, p) => actions(p) },
          ]}
        />
      )}
      {editing && (
        <ProgramFormModal
          program={editing}
          year={editing.year}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void message.success(t('trn.program.saved'));
            reload();
          }}
        />
      )}
    </>
  );
}
