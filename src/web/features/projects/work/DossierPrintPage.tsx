import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Milestone, ProjectTarget } from '../../../../contracts/project-work.ts';
import { formatDate, formatDateTime } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { fetchDossier, projectWorkKeys } from './api.ts';
import { fmtNumber, kindName, sortEntries, statusName } from './labels.ts';
import { MilestoneTag } from './MilestonesCard.tsx';
import { ProjectHeader } from './ProjectHeader.tsx';
import { ProposalSection } from './ProposalSection.tsx';
import { DOSSIER_PRINT_CSS } from './print.ts';
import { ScoresCard } from './ScoresCard.tsx';
import { DossierTimeline } from './Timeline.tsx';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="prw-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Every target with all its readings, for paper. */
function TargetReadings({ targets }: { targets: ProjectTarget[] }) {
  const t = useT();
  return (
    <Flex vertical gap={8}>
      {targets.map((x) => (
        <div key={x.id} style={{ breakInside: 'avoid' }}>
          <Typography.Text strong>{x.name}</Typography.Text>
          {'　'}
          {x.baseline !== null ? `${fmtNumber(x.baseline)}${x.unit} → ` : ''}
          {x.current === null ? t('prw.target.noReading') : `${fmtNumber(x.current)}${x.unit}`}
          {` / ${fmtNumber(x.targetValue)}${x.unit}`}
          {x.readings.map((r) => (
            <div key={r.id} style={{ fontSize: 13, paddingInlineStart: 16, overflowWrap: 'anywhere' }}>
              {formatDate(r.measuredOn)}　{`${fmtNumber(r.value)}${x.unit}`}　{r.recordedBy.name}
              {r.note ? `　${r.note}` : ''}
            </div>
          ))}
        </div>
      ))}
    </Flex>
  );
}

function MilestonesTable({ milestones }: { milestones: Milestone[] }) {
  const t = useT();
  if (!milestones.length) return <Typography.Text type="secondary">{t('prw.milestone.none')}</Typography.Text>;
  return (
    <Table<Milestone>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={milestones}
      columns={[
        { key: 'title', title: t('prw.milestone.title'), dataIndex: 'title' },
        { key: 'due', title: t('prw.milestone.dueOn'), render: (_, m) => formatDate(m.dueOn) },
        { key: 'done', title: t('prw.milestone.doneOn'), render: (_, m) => (m.doneOn ? formatDate(m.doneOn) : '—') },
        { key: 'state', title: '', render: (_, m) => <MilestoneTag milestone={m} /> },
        {
          key: 'note',
          title: t('prw.milestone.doneNote'),
          render: (_, m) => <div style={{ whiteSpace: 'pre-wrap' }}>{m.doneNote ?? ''}</div>,
        },
      ]}
    />
  );
}

/** /projects/:id/dossier: 一事一册 on A4 — the proposal, targets and readings, milestones, the whole record, scores. */
export default function DossierPrintPage() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: projectWorkKeys.dossier(id), queryFn: () => fetchDossier(id) });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoading />;
  const { project, entries } = query.data;
  return (
    <div className="prw-dossier" data-testid="project-dossier">
      <style>{DOSSIER_PRINT_CSS}</style>
      <Flex className="prw-no-print" justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Link to={`/projects/${project.id}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('prw.dossier.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('prw.dossier.print')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center' }}>
        {`${project.campaign.year} ${kindName(t, project.campaign.kind)} · ${t('prw.dossier.title')}`}
      </Typography.Text>
      <h1>{project.title}</h1>
      <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center' }}>
        {statusName(t, project.status)}
      </Typography.Text>
      <Section title={t('prw.dossier.basics')}>
        <ProjectHeader project={project} linkCampaign={false} />
      </Section>
      <Section title={t('prw.tab.proposal')}>
        <ProposalSection project={project} print />
      </Section>
      <Section title={t('prw.dossier.readings')}>
        <TargetReadings targets={project.targets} />
      </Section>
      <Section title={t('prw.milestones')}>
        <MilestonesTable milestones={project.milestones} />
      </Section>
      <Section title={t('prw.dossier.timeline')}>
        <DossierTimeline entries={sortEntries(entries)} print />
      </Section>
      {project.sheets.length ? (
        <Section title={t('prw.tab.scores')}>
          <ScoresCard project={project} print />
        </Section>
      ) : null}
      <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'right', marginTop: 24, fontSize: 12 }}>
        {t('prw.dossier.printedAt', { at: formatDateTime(new Date().toISOString()) })}
      </Typography.Text>
    </div>
  );
}
