import { PageContainer } from '@ant-design/pro-components';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { SchemesPanel } from '../schemes/SchemesPanel.tsx';
import { PairingCoverage } from './PairingCoverage.tsx';
import { PairingList } from './PairingList.tsx';

const TABS = ['list', 'coverage', 'schemes'] as const;
type Tab = (typeof TABS)[number];

/** 结对管理: the pairings, their coverage per scheme, and the schemes. */
export default function PairingsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = TABS.includes(raw as Tab) ? (raw as Tab) : 'list';
  return (
    <PageContainer title={t('menu.pairings')}>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'list' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'list', label: t('pairing.tab.list'), children: <PairingList /> },
            { key: 'coverage', label: t('pairing.tab.coverage'), children: <PairingCoverage /> },
            { key: 'schemes', label: t('pairing.tab.schemes'), children: <SchemesPanel /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
