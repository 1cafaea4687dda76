import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ProjectDetail } from '../../../../contracts/project-work.ts';
import { linkBreadcrumb } from '../../../app/breadcrumb.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { fetchDossier, fetchProject, projectWorkKeys } from './api.ts';
import { CommentBox } from './CommentBox.tsx';
import { sortEntries } from './labels.ts';
import { MilestonesCard } from './MilestonesCard.tsx';
import { ProgressModal } from './ProgressModal.tsx';
import { ProjectActions } from './ProjectActions.tsx';
import { ProjectHeader, ProjectTags } from './ProjectHeader.tsx';
import { ProposalSection } from './ProposalSection.tsx';
import { ScoresCard } from './ScoresCard.tsx';
import { TargetsCard } from './TargetsCard.tsx';
import { DossierTimeline } from './Timeline.tsx';
import { useProjectRefresh } from './useProjectRefresh.ts';

/** 一事一册 tab: the dossier's timeline, read when the tab is opened. */
function DossierTab({ projectId }: { projectId: number }) {
  const query = useQuery({ queryKey: projectWorkKeys.dossier(projectId), queryFn: () => fetchDossier(projectId) });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoading />;
  return <DossierTimeline entries={sortEntries(query.data.entries)} />;
}

/** 实施进度: milestones, targets with readings, 记录进展, and guidance. */
function WorkTab({ project }: { project: ProjectDetail }) {
  const t = useT();
  const refresh = useProjectRefresh(project.id);
  const [recording, setRecording] = useState(false);
  return (
    <Flex vertical gap={12}>
      {project.can.work ? (
        <Flex>
          <Button type="primary" onClick={() => setRecording(true)} data-testid="project-add-progress">
            {t('prw.progress.add')}
          </Button>
        </Flex>
      ) : null}
      <MilestonesCard project={project} />
      <TargetsCard project={project} />
      {project.can.comment ? (
        <Card size="small" title={t('prw.comments')}>
          <CommentBox projectId={project.id} onDone={refresh} />
        </Card>
      ) : null}
      {recording ? (
        <ProgressModal
          project={project}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            refresh();
          }}
        />
      ) : null}
    </Flex>
  );
}

/** /projects/:id: one led project — its proposal, implementation, dossier and scores, and what the caller may do. */
export default function ProjectPage() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: projectWorkKeys.detail(id), queryFn: () => fetchProject(id) });
  const [tab, setTab] = useState<string | null>(null);
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const project = query.data;
  if (!project) return <PageLoading />;
  const started = project.status === 'approved';
  const active = tab ?? (started ? 'work' : 'proposal');
  const items = [
    { key: 'proposal', label: t('prw.tab.proposal'), children: <ProposalSection project={project} /> },
    ...(started ? [{ key: 'work', label: t('prw.tab.work'), children: <WorkTab project={project} /> }] : []),
    { key: 'dossier', label: t('prw.tab.dossier'), children: <DossierTab projectId={project.id} /> },
    ...(project.sheets.length
      ? [{ key: 'scores', label: t('prw.tab.scores'), children: <ScoresCard project={project} /> }]
      : []),
  ];
  return (
    <PageContainer
      title={project.title}
      tags={<ProjectTags project={project} />}
      breadcrumb={linkBreadcrumb([
        { title: t('prw.breadcrumb.projects'), to: '/projects' },
        { title: project.campaign.name, to: `/projects/campaigns/${project.campaign.id}` },
        { title: project.title },
      ])}
    >
      <Flex vertical gap={12} style={{ maxWidth: 1100, minWidth: 0 }} data-testid="project-detail" data-project-id={id}>
        {project.status === 'returned' || project.status === 'rejected' ? (
          <Alert
            type={project.status === 'returned' ? 'warning' : 'error'}
            showIcon
            data-testid="project-decision-reason"
            message={t(project.status === 'returned' ? 'prw.alert.returned' : 'prw.alert.rejected')}
            description={
              <div style={{ whiteSpace: 'pre-wrap' }}>{project.decisionReason ?? t('prw.alert.noReason')}</div>
            }
          />
        ) : null}
        <ProjectActions project={project} />
        <Card size="small">
          <ProjectHeader project={project} />
        </Card>
        <Card size="small" styles={{ body: { paddingTop: 0 } }}>
          <Tabs activeKey={items.some((i) => i.key === active) ? active : 'proposal'} onChange={setTab} items={items} />
        </Card>
      </Flex>
    </PageContainer>
  );
}
