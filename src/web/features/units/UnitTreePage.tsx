import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Row, Space, Switch } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { UnitDetailCard } from './UnitDetailCard.tsx';
import { UnitTree } from './UnitTree.tsx';

/** Read-only view of the organisation within the caller's data scope. */
export default function UnitTreePage() {
  const t = useT();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const select = (id: number | null) => {
    setSelectedId(id);
    // Stacked on a phone, the details are below the tree: bring them into view.
    if (id !== null && window.matchMedia('(max-width: 991px)').matches) {
      detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  };
  return (
    <PageContainer title={t('menu.units')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11} xl={10}>
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
            />
          </Card>
        </Col>
        <Col xs={24} lg={13} xl={14} ref={detailRef}>
          <UnitDetailCard id={selectedId} />
        </Col>
      </Row>
    </PageContainer>
  );
}
