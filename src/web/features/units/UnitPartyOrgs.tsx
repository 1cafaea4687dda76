import { PlusOutlined } from '@ant-design/icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { withQuery } from '../../app/api/client.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { fetchPartyOrg, listPartyOrgs, partyOrgKeys } from '../party-orgs/api.ts';
import { PartyOrgFormModal } from '../party-orgs/PartyOrgModals.tsx';
import { PartyOrgView } from '../party-orgs/PartyOrgView.tsx';

/**
 * The party org(s) attached to the unit itself, each with its sitting committee
 * (secretary, deputy, members with dates); the orgs below it are one link away.
 */
export function UnitPartyOrgs({ unitId }: { unitId: number }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  // The unit's own orgs, and (only their number) every org of its subtree.
  const list = useQuery({
    queryKey: partyOrgKeys.ofUnit(unitId),
    queryFn: async () => {
      const [own, subtree] = await Promise.all([
        listPartyOrgs({ unitId, unitOnly: 'true' }, 1, 200),
        listPartyOrgs({ unitId }, 1, 1),
      ]);
      return { items: own.items, total: subtree.total };
    },
  });
  const own = list.data?.items ?? [];
  const details = useQueries({
    queries: own.map((o) => ({ queryKey: partyOrgKeys.detail(o.id), queryFn: () => fetchPartyOrg(o.id) })),
  });
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const below = list.data.total - own.length;
  return (
    <Space direction="vertical" size={16} style={{ display: 'flex' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Link to={withQuery('/party-orgs', { unitId })}>{t('unit.partyOrgsBelow', { count: below })}</Link>
        {me.permissions.includes('registry.manage') ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('partyOrg.create')}
          </Button>
        ) : null}
      </Flex>
      {own.length === 0 ? <Empty description={t('unit.noOwnPartyOrg')} /> : null}
      {details.map((d, i) =>
        d.isPending ? (
          <PageLoading key={own[i]?.id} />
        ) : d.isError ? (
          <LoadFailed key={own[i]?.id} error={d.error} onRetry={() => void d.refetch()} />
        ) : (
          <PartyOrgView key={d.data.id} org={d.data} onStale={() => void d.refetch()} titleLink />
        ),
      )}
      {creating ? (
        <PartyOrgFormModal
          org={null}
          unitId={unitId}
          onClose={() => setCreating(false)}
          onDone={(saved) => {
            setCreating(false);
            navigate(`/party-orgs/${saved.id}`);
          }}
        />
      ) : null}
    </Space>
  );
}
