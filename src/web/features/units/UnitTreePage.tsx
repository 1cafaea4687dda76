import { SettingOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Row, Space, Switch } from 'antd';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { VocabularyModal } from '../registry/VocabularyModal.tsx';
import { fetchUnitChildren, fetchUnitDetail, unitKeys } from './api.ts';
import { UnitPanel } from './UnitPanel.tsx';
import { UnitTree } from './UnitTree.tsx';

const idParam = (v: string | null): number | null => (v && /^\d+$/.test(v) ? Number(v) : null);

function SelectedUnit({ id, onSelect }: { id: number; onSelect: (id: number) => void }) {
  const detail = useQuery({ queryKey: unitKeys.detail(id), queryFn: () => fetchUnitDetail(id) });
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <LoadFailed error={detail.error} onRetry={() => void detail.refetch()} />;
  return <UnitPanel unit={detail.data} onSelect={onSelect} />;
}

/**
 * 组织机构: the caller's tree on the left, the chosen unit on the right with the
 * figures of its whole subtree (units, outlets, staff, members, party orgs,
 * blank outlets, external relations) and the same per child. The choice lives
 * in the address (?unit=), so going back from a list returns to it.
 */
export default function UnitTreePage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [vocabularyOpen, setVocabularyOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const roots = useQuery({ queryKey: unitKeys.children(null, false), queryFn: () => fetchUnitChildren(null, false) });
  const chosen = idParam(params.get('unit'));
  const selectedId = chosen ?? roots.data?.[0]?.id ?? null;
  // The tree opens down to the chosen unit (and the one scope root).
  const selected = useQuery({
    queryKey: unitKeys.detail(selectedId ?? 0),
    queryFn: () => fetchUnitDetail(selectedId ?? 0),
    enabled: selectedId !== null,
  });
  const reveal = [
    ...(roots.data?.length === 1 ? [roots.data[0]!.id] : []),
    ...(selected.data?.ancestors.map((a) => a.id) ?? []),
  ];

  const select = (id: number | null) => {
    if (id === null) return;
    setParams({ unit: String(id) }, { replace: true });
    // Stacked on a phone, the panel is below the tree: bring it into view.
    if (window.matchMedia('(max-width: 991px)').matches) {
      panelRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  };

  return (
    <PageContainer
      title={t('menu.units')}
      extra={[
        <Link key="list" to="/units/list">
          <Button icon={<UnorderedListOutlined />}>{t('unit.listTitle')}</Button>
        </Link>,
        ...(me.permissions.includes('registry.manage')
          ? [
              <Button key="vocabulary" icon={<SettingOutlined />} onClick={() => setVocabularyOpen(true)}>
                {t('vocabulary.title')}
              </Button>,
            ]
          : []),
      ]}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          <Card
            title={t('unit.treeTitle')}
            extra={
              <Space size={6}>
                <span>{t('unit.includeInactive')}</span>
                <Switch size="small" checked={includeInactive} onChange={setIncludeInactive} />
              </Space>
            }
          >
            {/* A new tree per filter: loaded children of the other filter must not mix in. */}
            <UnitTree
              key={String(includeInactive)}
              includeInactive={includeInactive}
              selectedId={selectedId}
              onSelect={select}
              reveal={reveal}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16} ref={panelRef}>
          {roots.isError ? (
            <LoadFailed error={roots.error} onRetry={() => void roots.refetch()} />
          ) : selectedId === null ? (
            roots.isPending ? (
              <PageLoading />
            ) : (
              <Card>
                <Empty description={t('unit.pickOne')} />
              </Card>
            )
          ) : (
            <SelectedUnit id={selectedId} onSelect={select} />
          )}
        </Col>
      </Row>
      {vocabularyOpen ? <VocabularyModal onClose={() => setVocabularyOpen(false)} /> : null}
    </PageContainer>
  );
}
