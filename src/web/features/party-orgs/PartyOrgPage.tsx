import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useParams } from 'react-router';
import { linkBreadcrumb } from '../../app/breadcrumb.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed, NotFound } from '../../app/ResultPages.tsx';
import { fetchPartyOrg, partyOrgKeys } from './api.ts';
import { PartyOrgView } from './PartyOrgView.tsx';
import { PartyOrgKindTag, TermTag } from './TermTag.tsx';

/** /party-orgs/:id — one party org with its committee and history. */
export default function PartyOrgPage() {
  const t = useT();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const org = useQuery({ queryKey: partyOrgKeys.detail(id), queryFn: () => fetchPartyOrg(id), enabled: valid });
  if (!valid) return <NotFound />;
  if (org.isPending) return <PageLoading />;
  if (org.isError) return <LoadFailed error={org.error} onRetry={() => void org.refetch()} />;
  return (
    <PageContainer
      title={org.data.name}
      tags={
        <Flex gap={6} align="center">
          <PartyOrgKindTag kind={org.data.kind} />
          <TermTag status={org.data.termStatus} />
        </Flex>
      }
      breadcrumb={linkBreadcrumb([{ title: t('menu.partyOrgs'), to: '/party-orgs' }, { title: org.data.name }])}
    >
      <PartyOrgView org={org.data} onStale={() => void org.refetch()} asPage />
    </PageContainer>
  );
}
