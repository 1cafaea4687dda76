import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Typography } from 'antd';
import { useLocation, useParams } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import type { UploadProblem } from '../records/uploadAll.ts';
import { concernKeys, fetchConcern } from './api.ts';
import { ConcernActions } from './ConcernActions.tsx';
import { ConcernAttachments } from './ConcernAttachments.tsx';
import { ConcernDecisions } from './ConcernDecisions.tsx';
import { ConcernFacts } from './ConcernFacts.tsx';
import { StateTag } from './ConcernTags.tsx';
import { ConcernTimeline } from './ConcernTimeline.tsx';

/** /concerns/:id: the concern, its files, the committee's decisions, its timeline, and what the caller may do now. */
export default function ConcernDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const location = useLocation();
  const problems = (location.state as { uploadProblems?: UploadProblem[] } | null)?.uploadProblems ?? [];
  const query = useQuery({ queryKey: concernKeys.detail(id), queryFn: () => fetchConcern(id) });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const concern = query.data;
  if (!concern) return <PageLoading />;
  return (
    <PageContainer title={concern.title} tags={<StateTag state={concern.state} />}>
      <Flex vertical gap={12} style={{ maxWidth: 960 }} data-testid="concern-detail" data-concern-id={concern.id}>
        <ConcernActions concern={concern} onStale={() => void query.refetch()} />
        <Card size="small">
          <ConcernFacts concern={concern} />
        </Card>
        <Card size="small" title={t('concern.description')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {concern.description}
          </Typography.Paragraph>
        </Card>
        <Card size="small" title={t('concern.attachments')}>
          <ConcernAttachments concern={concern} problems={problems} />
        </Card>
        {concern.decisions.length ? (
          <Card size="small" title={t('concern.decisions')}>
            <ConcernDecisions decisions={concern.decisions} />
          </Card>
        ) : null}
        <Card size="small" title={t('concern.timeline')}>
          <ConcernTimeline events={concern.events} />
        </Card>
      </Flex>
    </PageContainer>
  );
}
