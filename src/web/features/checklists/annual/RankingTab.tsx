import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, InputNumber, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RankingRow } from '../../../../contracts/checklist-annual.ts';
import { ExportButton } from '../../../app/ExportButton.tsx';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { annualKeys, exportRanking, fetchRanking, fetchUnitYear, putAppraisal } from './api.ts';
import { fmt } from './states.ts';

type Tallies = { excellent: number; good: number; fair: number; poor: number };
const TALLIES = ['excellent', 'good', 'fair', 'poor'] as const;

function AppraisalModal({ row, onClose }: { row: RankingRow; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  // The current tallies and version come with the unit's year.
  const year = useQuery({
    queryKey: annualKeys.year(row.assignment.id),
    queryFn: () => fetchUnitYear(row.assignment.id),
  });
  if (year.isLoading) return null;
  const current = year.data?.appraisal ?? null;
  return (
    <FormModal<Tallies, unknown>
      title={t('cla.appraisal.title', { unit: row.assignment.unit.name })}
      okText={t('cla.save')}
      initialValues={current ?? { excellent: 0, good: 0, fair: 0, poor: 0 }}
      submit={(v) => putAppraisal(row.assignment.id, { ...v, ...(current ? { version: current.version } : {}) })}
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: annualKeys.all });
        onClose();
      }}
      onClose={onClose}
      errors={{ onStale: () => void queryClient.invalidateQueries({ queryKey: annualKeys.all }) }}
    >
      <Flex gap={8} wrap>
        {TALLIES.map((k) => (
          <Form.Item key={k} name={k} label={t(`cla.appraisal.${k}`)} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} style={{ width: 100 }} data-testid={`appraisal-${k}`} />
          </Form.Item>
        ))}
      </Flex>
      <Typography.Text type="secondary">{t('cla.appraisal.hint')}</Typography.Text>
    </FormModal>
  );
}

/** 年度排名: the weighted total with its parts, ranks (ties shared), disqualification and accountability counts. */
export function RankingTab({ templateId }: { templateId: number }) {
  const t = useT();
  const me = useMe();
  const canInspect = me.permissions.includes('checklists.inspect');
  const [editing, setEditing] = useState<RankingRow | null>(null);
  const ranking = useQuery({ queryKey: annualKeys.ranking(templateId), queryFn: () => fetchRanking(templateId) });
  if (ranking.isLoading) return <PageLoading />;
  if (ranking.isError || !ranking.data)
    return <LoadFailed error={ranking.error ?? new Error('load')} onRetry={() => void ranking.refetch()} />;
  const missing = <Typography.Text type="secondary">{t('cla.score.missing')}</Typography.Text>;
  const w = ranking.data.weights;
  const columns: TableColumnsType<RankingRow> = [
    { title: t('cla.rank'), dataIndex: 'rank', width: 56, fixed: 'left' },
    {
      title: t('cla.unit'),
      key: 'unit',
      fixed: 'left',
      width: 140,
      render: (_, r) => (
        <span>
          <Link to={`/checklists/assignments/${r.assignment.id}`}>{r.assignment.unit.name}</Link>
          {r.disqualified && (
            <Tag color="red" style={{ marginInlineStart: 4 }} data-testid="disqualified">
              {t('cla.disqualified')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: `${t('cla.score.pct')} (${w.checklist}%)`,
      key: 'pct',
      render: (_, r) => `${fmt(r.checklistPct)}%（${fmt(r.checklistPoints)}）`,
    },
    {
      title: `${t('cla.score.appraisal')} (${w.appraisal}%)`,
      key: 'appraisal',
      render: (_, r) => (
        <Flex gap={4} align="center">
          {fmt(r.appraisalScore) ?? missing}
          {canInspect && (
            <Button size="small" type="link" onClick={() => setEditing(r)} data-testid={`appraisal-${r.assignment.id}`}>
              {t('cla.appraisal.enter')}
            </Button>
          )}
        </Flex>
      ),
    },
    {
      title: `${t('cla.score.duty')} (${w.dutyReport}%)`,
      key: 'duty',
      render: (_, r) => fmt(r.dutyReportScore) ?? missing,
    },
    {
      title: `${t('cla.score.project')} (${w.project}%)`,
      key: 'project',
      render: (_, r) => fmt(r.projectScore) ?? missing,
    },
    { title: t('cla.score.total'), key: 'total', render: (_, r) => <strong>{fmt(r.total)}</strong> },
    {
      title: t('cla.accountabilityCounts'),
      key: 'acc',
      render: (_, r) => {
        const a = r.accountability;
        const parts = [
          [a.reminder, 'reminder'],
          [a.admonition, 'admonition'],
          [a.formalAdmonition, 'formal_admonition'],
          [a.disqualification, 'disqualification'],
        ] as const;
        return parts
          .filter(([n]) => n > 0)
          .map(([n, k]) => `${t(`cla.acc.kind.${k}`)}×${n}`)
          .join(' ');
      },
    },
  ];
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <ExportButton run={() => exportRanking(templateId)} />
      </Flex>
      <div data-testid="ranking-table">
        <Table<RankingRow>
          rowKey={(r) => r.assignment.id}
          columns={columns}
          dataSource={ranking.data.rows}
          pagination={false}
          size="small"
          scroll={{ x: 'max-content' }}
        />
      </div>
      {editing && <AppraisalModal row={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
