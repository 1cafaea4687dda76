import { ApartmentOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { withQuery } from '../../app/api/client.ts';
import { linkBreadcrumb } from '../../app/breadcrumb.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed, NotFound } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import type { PeopleFilters } from '../people/api.ts';
import { PeopleTable } from '../people/PeopleTable.tsx';
import { fetchUnitDetail, unitKeys } from './api.ts';
import { KindTag } from './KindTag.tsx';
import { UnitActions } from './UnitActions.tsx';
import { UnitFacts, UnitRollup } from './UnitPanel.tsx';
import { UnitPartyOrgs } from './UnitPartyOrgs.tsx';

const TABS = ['overview', 'staff', 'members', 'party-orgs'] as const;
type Tab = (typeof TABS)[number];

/** A people list fixed to the unit's subtree (and to members on the 党员 tab). */
function UnitPeople({ unitId, membersOnly }: { unitId: number; membersOnly: boolean }) {
  const fixed: PeopleFilters = membersOnly ? { unitId, partyStatus: 'member' } : { unitId };
  const [filters, setFilters] = useState<PeopleFilters>(fixed);
  return (
    <PeopleTable
      embedded
      filters={{ ...filters, ...fixed }}
      onFiltersChange={setFilters}
      locked={membersOnly ? ['unitId', 'partyStatus'] : ['unitId']}
      persistenceKey={membersOnly ? 'liandian.columns.unit-members' : 'liandian.columns.unit-staff'}
    />
  );
}

/** /units/:id — one unit: its figures, staff, party members, and its party org with the committee. */
export default function UnitPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useSearchParams();
  const unit = useQuery({ queryKey: unitKeys.detail(id), queryFn: () => fetchUnitDetail(id), enabled: valid });
  if (!valid) return <NotFound />;
  if (unit.isPending) return <PageLoading />;
  if (unit.isError) return <LoadFailed error={unit.error} onRetry={() => void unit.refetch()} />;
  const u = unit.data;
  const registry = me.permissions.includes('registry.read');
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = registry && asked && TABS.includes(asked) ? asked : 'overview';

  return (
    <PageContainer
      title={u.name}
      tags={
        <Flex gap={6} align="center">
          <KindTag kind={u.kind} />
          {u.active ? null : <Badge status="default" text={t('unit.inactive')} />}
        </Flex>
      }
      breadcrumb={linkBreadcrumb([
        { title: t('menu.units'), to: withQuery('/units', { unit: u.id }) },
        ...u.ancestors.map((a) => ({ title: a.name, to: `/units/${a.id}` })),
        { title: u.name },
      ])}
      extra={[
        <UnitActions key="actions" unit={u} onCreated={(child) => navigate(`/units/${child}`)} />,
        <Link key="tree" to={withQuery('/units', { unit: u.id })}>
          <Button size="small" icon={<ApartmentOutlined />}>
            {t('unit.showInTree')}
          </Button>
        </Link>,
      ]}
    >
      {registry ? (
        <Card key={u.id} styles={{ body: { paddingTop: 4 } }}>
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              {
                key: 'overview',
                label: t('unit.tab.overview'),
                children: <UnitRollup unitId={u.id} onOpenChild={(child) => navigate(`/units/${child}`)} />,
              },
              { key: 'staff', label: t('unit.tab.staff'), children: <UnitPeople unitId={u.id} membersOnly={false} /> },
              {
                key: 'members',
                label: t('unit.tab.members'),
                children: <UnitPeople unitId={u.id} membersOnly />,
              },
              { key: 'party-orgs', label: t('unit.tab.partyOrgs'), children: <UnitPartyOrgs unitId={u.id} /> },
            ]}
          />
        </Card>
      ) : (
        <Card>
          <UnitFacts unit={u} />
        </Card>
      )}
    </PageContainer>
  );
}
