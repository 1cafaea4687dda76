import { Table, Typography } from 'antd';
import type { ProjectDetail, ProjectTarget } from '../../../../contracts/project-work.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { fmtNumber, problemKindName } from './labels.ts';

function Block({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <div style={{ marginBottom: 12, breakInside: 'avoid' }}>
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 4 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginBottom: 0 }}>
        {text}
      </Typography.Paragraph>
    </div>
  );
}

/** The planned targets: name, unit, baseline and target value. */
export function TargetsTable({ targets, print = false }: { targets: ProjectTarget[]; print?: boolean }) {
  const t = useT();
  return (
    <Table<ProjectTarget>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={targets}
      scroll={print ? undefined : { x: 'max-content' }}
      columns={[
        { key: 'name', title: t('prw.target.name'), dataIndex: 'name' },
        { key: 'unit', title: t('prw.target.unit'), dataIndex: 'unit' },
        { key: 'baseline', title: t('prw.target.baseline'), align: 'right', render: (_, r) => fmtNumber(r.baseline) },
        {
          key: 'target',
          title: t('prw.target.targetValue'),
          align: 'right',
          render: (_, r) => fmtNumber(r.targetValue),
        },
        { key: 'current', title: t('prw.target.current'), align: 'right', render: (_, r) => fmtNumber(r.current) },
      ]}
    />
  );
}

/** 项目方案: the problem and its kind, goals, plan, resources and targets, as proposed. */
export function ProposalSection({ project, print = false }: { project: ProjectDetail; print?: boolean }) {
  const t = useT();
  return (
    <div data-testid="project-proposal">
      <Block
        title={t('prw.aside', { text: t('prw.problem'), aside: problemKindName(t, project.problemKind) })}
        text={project.problem}
      />
      <Block title={t('prw.goals')} text={project.goals} />
      <Block title={t('prw.plan')} text={project.plan} />
      <Block title={t('prw.resources')} text={project.resources} />
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('prw.targets')}
      </Typography.Title>
      <TargetsTable targets={project.targets} print={print} />
    </div>
  );
}
