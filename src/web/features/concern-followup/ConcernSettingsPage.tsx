import { PageContainer } from '@ant-design/pro-components';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { CalendarTab } from './CalendarTab.tsx';
import { CategoriesTab } from './CategoriesTab.tsx';
import { RoutesTab } from './RoutesTab.tsx';

const TABS = ['categories', 'routes', 'calendar'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly (string | null)[]).includes(v);

/** 分办设置: the categories and their SLAs, the routing table per branch, the working-day calendar. */
export default function ConcernSettingsPage() {
  const t = useT();
  const compact = useCompact();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = isTab(raw) ? raw : 'categories';
  return (
    <PageContainer title={t('menu.concernSettings')}>
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'categories', label: t('concernSettings.tab.categories'), children: <CategoriesTab /> },
            { key: 'routes', label: t('concernSettings.tab.routes'), children: <RoutesTab /> },
            { key: 'calendar', label: t('concernSettings.tab.calendar'), children: <CalendarTab /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
