import { PageContainer } from '@ant-design/pro-components';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { RecordSettingsCard } from './RecordSettingsCard.tsx';
import { RulesTable } from './RulesTable.tsx';

/** 规定动作: the rules with their versions, and the records' settings. */
export default function RulesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'settings' ? 'settings' : 'rules';
  return (
    <PageContainer title={t('menu.rules')}>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'rules' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'rules', label: t('rule.tab.rules'), children: <RulesTable /> },
            { key: 'settings', label: t('rule.tab.settings'), children: <RecordSettingsCard /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
