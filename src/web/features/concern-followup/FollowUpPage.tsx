import { PageContainer } from '@ant-design/pro-components';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { CommitteeTab } from './CommitteeTab.tsx';
import { ExemplarsAdmonitionsTab } from './ExemplarsAdmonitionsTab.tsx';
import { FiguresTab } from './FiguresTab.tsx';

const TABS = ['figures', 'committee', 'followup'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly (string | null)[]).includes(v);

/**
 * 跟踪问效: the figures (every count opening its list), the party committee's
 * meetings on tier-3 concerns, and exemplars and admonitions. The tab lives in
 * the address (?tab=), so a concern's detail can link to the committee form.
 */
export default function FollowUpPage() {
  const t = useT();
  const compact = useCompact();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = isTab(raw) ? raw : 'figures';
  const setTab = (key: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('tab', key);
        // A committee form opened from a link belongs to that tab only.
        next.delete('concernId');
        next.delete('new');
        return next;
      },
      { replace: true },
    );
  return (
    <PageContainer title={t('menu.concernFollowUp')}>
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'figures', label: t('followUp.tab.figures'), children: <FiguresTab /> },
            { key: 'committee', label: t('followUp.tab.committee'), children: <CommitteeTab /> },
            { key: 'followup', label: t('followUp.tab.followup'), children: <ExemplarsAdmonitionsTab /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
