import { Table, Typography } from 'antd';
import type { ProjectDetail } from '../../../../contracts/project-work.ts';
import type { ScoreSheet, ScoreStage } from '../../../../contracts/projects.ts';
import { formatDateTime } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { fmtNumber, stageName } from './labels.ts';

/** One stage's score sheets: reviewer, a column per criterion (with its weight), total, comment. */
export function StageSheets({
  project,
  stage,
  print = false,
}: {
  project: ProjectDetail;
  stage: ScoreStage;
  print?: boolean;
}) {
  const t = useT();
  const sheets = project.sheets.filter((s) => s.stage === stage);
  const criteria = project.criteria.filter((c) => c.stage === stage);
  const mean = stage === 'review' ? project.reviewScore : project.evaluationScore;
  if (!sheets.length) return null;
  return (
    <div style={{ marginBottom: 16 }} data-testid="project-sheets" data-stage={stage}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {stageName(t, stage)}
        <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginInlineStart: 8 }}>
          {t('prw.scores.mean', { score: fmtNumber(mean), count: sheets.length })}
        </Typography.Text>
      </Typography.Title>
      <Table<ScoreSheet>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={sheets}
        scroll={print ? undefined : { x: 'max-content' }}
        columns={[
          { key: 'reviewer', title: t('prw.scores.reviewer'), render: (_, s) => s.reviewer.name },
          ...criteria.map((c) => ({
            key: `c${c.id}`,
            title: t('prw.aside', { text: c.name, aside: `${c.weightPct}%` }),
            align: 'right' as const,
            render: (_: unknown, s: ScoreSheet) => fmtNumber(s.scores.find((x) => x.criterionId === c.id)?.score),
          })),
          {
            key: 'total',
            title: t('prw.scores.total'),
            align: 'right' as const,
            render: (_, s) => <strong>{fmtNumber(s.total)}</strong>,
          },
          {
            key: 'comment',
            title: t('prw.scores.comment'),
            render: (_, s) => <div style={{ whiteSpace: 'pre-wrap', minWidth: 120 }}>{s.comment ?? ''}</div>,
          },
          ...(print
            ? []
            : [
                {
                  key: 'at',
                  title: t('prw.scores.updatedAt'),
                  render: (_: unknown, s: ScoreSheet) => formatDateTime(s.updatedAt),
                },
              ]),
        ]}
      />
    </div>
  );
}

/** Review and evaluation sheets (the server sends them only to those who review or manage the campaign). */
export function ScoresCard({ project, print = false }: { project: ProjectDetail; print?: boolean }) {
  return (
    <>
      <StageSheets project={project} stage="review" print={print} />
      <StageSheets project={project} stage="evaluation" print={print} />
    </>
  );
}
