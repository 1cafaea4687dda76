import { PageContainer } from '@ant-design/pro-components';
import { Card, Flex, Tabs } from 'antd';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/index.tsx';
import { useCompact } from '../../../app/useCompact.ts';
import { TemplatePicker } from '../TemplatePicker.tsx';
import { InspectionsTab } from './InspectionsTab.tsx';
import { MonthlyTab } from './MonthlyTab.tsx';
import { RectificationsTab } from './RectificationsTab.tsx';

const TABS = ['monthly', 'inspections', 'rectifications'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly (string | null)[]).includes(v);

/**
 * 清单督导: 一月一汇报 (the units' monthly reports and the supervisor's comments),
 * 一季一检查 (inspections item by item) and 整改跟踪 (rectifications until closed),
 * for one checklist template. Template and tab live in the address.
 */
export default function FollowUpPage() {
  const t = useT();
  const compact = useCompact();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = isTab(raw) ? raw : 'monthly';
  const templateId = Number(params.get('templateId')) || undefined;
  const set = useCallback(
    (key: string, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const onTemplate = useCallback((id: number) => set('templateId', String(id)), [set]);
  return (
    <PageContainer title={t('menu.checklistFollowUp')}>
      <Card styles={{ body: { paddingTop: 12, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
          <span>{t('clr.pickTemplate')}</span>
          <TemplatePicker value={templateId} onChange={onTemplate} />
        </Flex>
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k)}
          destroyOnHidden
          items={[
            { key: 'monthly', label: t('clr.tab.monthly'), children: <MonthlyTab templateId={templateId} /> },
            {
              key: 'inspections',
              label: t('clr.tab.inspections'),
              children: <InspectionsTab templateId={templateId} />,
            },
            {
              key: 'rectifications',
              label: t('clr.tab.rectifications'),
              children: <RectificationsTab templateId={templateId} />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
