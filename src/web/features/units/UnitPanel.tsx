import { useQuery } from '@tanstack/react-query';
import { Badge, Breadcrumb, Card, Descriptions, Empty, Flex, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { UnitDetail } from '../../../contracts/units.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { fetchRollup, registryKeys } from '../registry/api.ts';
import { RatesLine } from '../registry/RatesLine.tsx';
import { RollupCards } from '../registry/RollupCards.tsx';
import { RollupTable } from '../registry/RollupTable.tsx';
import { KindTag } from './KindTag.tsx';
import { UnitActions } from './UnitActions.tsx';

/** The unit's own facts, for those who see the tree but not the registry. */
export function UnitFacts({ unit }: { unit: UnitDetail }) {
  const t = useT();
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: '40%' } }}>
      <Descriptions.Item label={t('unit.name')}>{unit.name}</Descriptions.Item>
      <Descriptions.Item label={t('unit.code')}>{unit.code}</Descriptions.Item>
      <Descriptions.Item label={t('unit.kind')}>
        <KindTag kind={unit.kind} />
      </Descriptions.Item>
      <Descriptions.Item label={t('unit.level')}>{unit.level}</Descriptions.Item>
      <Descriptions.Item label={t('unit.status')}>
        <Badge
          status={unit.active ? 'success' : 'default'}
          text={unit.active ? t('unit.active') : t('unit.inactive')}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('unit.childCountAll')}>{unit.childCount}</Descriptions.Item>
    </Descriptions>
  );
}

/** Figures of the unit's whole subtree, its two rates, and the same figures per child. */
export function UnitRollup({ unitId, onOpenChild }: { unitId: number; onOpenChild: (id: number) => void }) {
  const t = useT();
  const rollup = useQuery({ queryKey: registryKeys.rollup(unitId), queryFn: () => fetchRollup(unitId) });
  if (rollup.isPending) return <PageLoading />;
  if (rollup.isError) return <LoadFailed error={rollup.error} onRetry={() => void rollup.refetch()} />;
  const { node, children } = rollup.data;
  return (
    <Space direction="vertical" size={16} style={{ display: 'flex' }}>
      {node ? <RollupCards unitId={unitId} counts={node.counts} /> : null}
      <RatesLine unitId={unitId} />
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('rollup.childrenTitle')}
        </Typography.Title>
        {children.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rollup.noChildren')} />
        ) : (
          <RollupTable rows={children} onOpen={onOpenChild} loading={rollup.isFetching} />
        )}
      </div>
    </Space>
  );
}

/** The tree page's right side: the selected unit, its actions and (with the registry) its figures. */
export function UnitPanel({ unit, onSelect }: { unit: UnitDetail; onSelect: (id: number) => void }) {
  const t = useT();
  const me = useMe();
  const registry = me.permissions.includes('registry.read');
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span data-testid="unit-panel-name">{unit.name}</span>
          <KindTag kind={unit.kind} />
          {unit.active ? null : <Badge status="default" text={t('unit.inactive')} />}
        </Flex>
      }
      extra={
        <Link to={`/units/${unit.id}`} style={{ whiteSpace: 'nowrap' }}>
          {t('unit.openPage')}
        </Link>
      }
    >
      <Space direction="vertical" size={16} style={{ display: 'flex' }}>
        {unit.ancestors.length > 0 ? (
          <Breadcrumb
            items={[
              ...unit.ancestors.map((a) => ({
                key: a.id,
                title: <Typography.Link onClick={() => onSelect(a.id)}>{a.name}</Typography.Link>,
              })),
              { key: unit.id, title: unit.name },
            ]}
          />
        ) : null}
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Text type="secondary">{t('unit.codeIs', { code: unit.code })}</Typography.Text>
          <UnitActions unit={unit} onCreated={onSelect} />
        </Flex>
        {registry ? <UnitRollup unitId={unit.id} onOpenChild={onSelect} /> : <UnitFacts unit={unit} />}
      </Space>
    </Card>
  );
}
