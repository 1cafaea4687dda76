import { useQuery } from '@tanstack/react-query';
import { Badge, Breadcrumb, Card, Descriptions, Empty } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchUnitDetail, unitKeys } from './api.ts';
import { KindTag } from './KindTag.tsx';

function Detail({ id }: { id: number }) {
  const t = useT();
  const detail = useQuery({ queryKey: unitKeys.detail(id), queryFn: () => fetchUnitDetail(id) });
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <LoadFailed error={detail.error} onRetry={() => void detail.refetch()} />;
  const u = detail.data;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[...u.ancestors.map((a) => ({ key: a.id, title: a.name })), { key: u.id, title: u.name }]}
      />
      <Descriptions column={1} size="small" bordered labelStyle={{ width: '40%' }}>
        <Descriptions.Item label={t('unit.name')}>{u.name}</Descriptions.Item>
        <Descriptions.Item label={t('unit.code')}>{u.code}</Descriptions.Item>
        <Descriptions.Item label={t('unit.kind')}>
          <KindTag kind={u.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('unit.level')}>{u.level}</Descriptions.Item>
        <Descriptions.Item label={t('unit.status')}>
          <Badge status={u.active ? 'success' : 'default'} text={u.active ? t('unit.active') : t('unit.inactive')} />
        </Descriptions.Item>
        <Descriptions.Item label={t('unit.childCountAll')}>{u.childCount}</Descriptions.Item>
      </Descriptions>
    </>
  );
}

/** The selected unit's facts and its path from the top of the caller's scope. */
export function UnitDetailCard({ id }: { id: number | null }) {
  const t = useT();
  return (
    <Card title={t('unit.detailTitle')}>
      {id === null ? <Empty description={t('unit.pickOne')} /> : <Detail id={id} />}
    </Card>
  );
}
