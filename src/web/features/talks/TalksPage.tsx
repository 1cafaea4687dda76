import { SettingOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useTabParam } from '../../app/useTabParam.ts';
import { CoverageTab } from './CoverageTab.tsx';
import { DueTab } from './DueTab.tsx';
import { FlagsTab } from './FlagsTab.tsx';
import { RecordsTab } from './RecordsTab.tsx';
import { SettingsModal } from './SettingsModal.tsx';
import { TalkDrawer } from './TalkDrawer.tsx';
import { TalkFormModal } from './TalkFormModal.tsx';

const TABS = ['due', 'records', 'coverage', 'flags'] as const;
type Tab = (typeof TABS)[number];

/**
 * 谈心谈话: the talks due (待谈话), the talk records one may see (谈话记录, each
 * reading audited), each branch's yearly coverage (覆盖率) and the flags that
 * raise due talks (情况登记); the tab is kept in ?tab=.
 */
export default function TalksPage() {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const canRecord = me.permissions.includes('talks.record');
  const canConfidential = me.permissions.includes('talks.read_confidential');
  const tabs: Tab[] = TABS.filter((k) => k !== 'flags' || canRecord);
  const [tab, setTab] = useTabParam(tabs);
  const [openTalk, setOpenTalk] = useState<number | null>(null);
  const [recording, setRecording] = useState(false);
  const [settings, setSettings] = useState(false);
  const content: Record<Tab, React.ReactNode> = {
    due: <DueTab onOpenTalk={setOpenTalk} />,
    records: <RecordsTab onOpenTalk={setOpenTalk} />,
    coverage: <CoverageTab />,
    flags: <FlagsTab />,
  };
  return (
    <PageContainer
      title={t('menu.talks')}
      extra={[
        canConfidential ? (
          <Button
            key="settings"
            icon={<SettingOutlined />}
            onClick={() => setSettings(true)}
            data-testid="talk-settings"
          >
            {t('talk.settings')}
          </Button>
        ) : null,
        canRecord ? (
          <Button key="record" type="primary" onClick={() => setRecording(true)} data-testid="talk-record">
            {t('talk.record')}
          </Button>
        ) : null,
      ]}
    >
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={tabs.map((k) => ({ key: k, label: t(`talk.tab.${k}`), children: content[k] }))}
        />
      </Card>
      {openTalk !== null ? <TalkDrawer id={openTalk} onClose={() => setOpenTalk(null)} /> : null}
      {recording ? <TalkFormModal onClose={() => setRecording(false)} /> : null}
      {settings ? <SettingsModal onClose={() => setSettings(false)} /> : null}
    </PageContainer>
  );
}
