import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Empty, Flex, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Board } from '../../../../contracts/checklist-annual.ts';
import { ExportButton } from '../../../app/ExportButton.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useCompact } from '../../../app/useCompact.ts';
import { RegisterDrawer } from '../register/RegisterDrawer.tsx';
import { TemplatePicker } from '../TemplatePicker.tsx';
import { annualKeys, exportBoard, fetchBoard } from './api.ts';
import { Legend } from './Legend.tsx';
import { byArea, fmt, STATE_COLORS, stateKey } from './states.ts';
import { useTemplateParam } from './useTemplateParam.ts';

type Row = Board['rows'][number];

/**
 * 清单看板: the assigned units (rows) × the checklist's items (columns, grouped by
 * area), each cell coloured by its state; a cell opens the item's register.
 */
export default function BoardPage() {
  const t = useT();
  const compact = useCompact();
  const [templateId, setTemplateId] = useTemplateParam();
  const [open, setOpen] = useState<{ assignmentId: number; itemId: number } | null>(null);
  const queryClient = useQueryClient();
  const board = useQuery({
    queryKey: annualKeys.board(templateId ?? 0),
    queryFn: () => fetchBoard(templateId!),
    enabled: templateId !== undefined,
  });
  const data = board.data;
  const columns: TableColumnsType<Row> = data
    ? [
        {
          title: t('cla.board.unit'),
          key: 'unit',
          fixed: 'left',
          width: compact ? 110 : 180,
          render: (_, r) => <Link to={`/checklists/assignments/${r.assignment.id}`}>{r.assignment.unit.name}</Link>,
        },
        ...byArea(data.areas, data.items).map((g) => ({
          title: g.area.title,
          key: `area-${g.area.id}`,
          children: g.items.map((item) => {
            const n = data.items.indexOf(item);
            return {
              title: (
                <Tooltip title={`${item.title}（${t('cla.board.weight', { weight: item.weight })}）`}>
                  <span>{item.ordinal}</span>
                </Tooltip>
              ),
              key: `item-${item.id}`,
              width: 52,
              align: 'center' as const,
              onCell: () => ({ style: { padding: 2 } }),
              render: (_: unknown, r: Row) => {
                const cell = r.cells[n]!;
                const c = STATE_COLORS[cell.state];
                return (
                  <Tooltip
                    title={`${item.ordinal}. ${item.title} · ${t(stateKey(cell.state))}${
                      cell.measured !== null ? ` · ${fmt(cell.measured)}/${fmt(item.targetValue)}` : ''
                    }`}
                  >
                    <button
                      type="button"
                      data-testid={`board-cell-${r.assignment.id}-${item.id}`}
                      data-state={cell.state}
                      aria-label={`${r.assignment.unit.name} ${item.ordinal} ${t(stateKey(cell.state))}`}
                      onClick={() => setOpen({ assignmentId: r.assignment.id, itemId: item.id })}
                      style={{
                        width: '100%',
                        minHeight: 28,
                        border: 0,
                        borderRadius: 4,
                        cursor: 'pointer',
                        background: c.bg,
                        color: c.fg,
                        fontSize: 12,
                      }}
                    >
                      {cell.state === 'partly' ? `${Math.round(cell.achievement * 100)}%` : cell.entryCount || ''}
                    </button>
                  </Tooltip>
                );
              },
            };
          }),
        })),
        {
          title: t('cla.board.score'),
          key: 'score',
          fixed: compact ? undefined : 'right',
          width: 90,
          render: (_, r) => (
            <span data-testid={`board-score-${r.assignment.id}`}>
              {fmt(r.points)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                ({fmt(r.pct)}%)
              </Typography.Text>
            </span>
          ),
        },
      ]
    : [];
  return (
    <PageContainer title={t('menu.checklists')}>
      <Card styles={{ body: compact ? { paddingInline: 8 } : {} }}>
        <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
          <TemplatePicker value={templateId} onChange={setTemplateId} />
          <Flex gap={8} wrap align="center">
            <Legend />
            {templateId !== undefined && <ExportButton run={() => exportBoard(templateId)} />}
          </Flex>
        </Flex>
        {templateId === undefined ? (
          <Empty description={t('cla.board.pickTemplate')} />
        ) : board.isLoading ? (
          <PageLoading />
        ) : board.isError || !data ? (
          <LoadFailed error={board.error ?? new Error('load')} onRetry={() => void board.refetch()} />
        ) : data.rows.length === 0 ? (
          <Empty description={t('cla.board.empty')} />
        ) : (
          <div data-testid="board-table">
            <Table<Row>
              rowKey={(r) => r.assignment.id}
              columns={columns}
              dataSource={data.rows}
              pagination={false}
              size="small"
              bordered
              scroll={{ x: 'max-content' }}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('cla.board.done')}</Table.Summary.Cell>
                  {data.totals.map((x, i) => (
                    <Table.Summary.Cell key={x.itemId} index={i + 1} align="center">
                      {x.done}
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={data.totals.length + 1} />
                </Table.Summary.Row>
              )}
            />
          </div>
        )}
      </Card>
      <RegisterDrawer
        assignmentId={open?.assignmentId ?? null}
        itemId={open?.itemId ?? null}
        onClose={() => setOpen(null)}
        onChanged={() => void queryClient.invalidateQueries({ queryKey: annualKeys.all })}
      />
    </PageContainer>
  );
}
