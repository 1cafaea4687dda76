import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Tabs } from 'antd';
import { useT } from '../../../app/i18n/index.tsx';
import { useCompact } from '../../../app/useCompact.ts';
import { checklistKeys, fetchTemplates } from '../api.ts';
import { TemplatePicker } from '../TemplatePicker.tsx';
import { AccountabilityTab } from './AccountabilityTab.tsx';
import { DutyReportsTab } from './DutyReportsTab.tsx';
import { RankingTab } from './RankingTab.tsx';
import { useTemplateParam } from './useTemplateParam.ts';

/** 年度考核: the ranking with its breakdown, duty reports and their reviews, accountability. */
export default function AssessmentPage() {
  const t = useT();
  const compact = useCompact();
  const [templateId, setTemplateId] = useTemplateParam();
  const templates = useQuery({ queryKey: checklistKeys.templates({}), queryFn: () => fetchTemplates({}) });
  const year = templates.data?.items.find((x) => x.id === templateId)?.year ?? new Date().getFullYear();
  return (
    <PageContainer title={t('menu.assessment')}>
      <Card styles={{ body: { paddingTop: 8, ...(compact ? { paddingInline: 8 } : {}) } }}>
        <Flex style={{ marginBottom: 8 }}>
          <TemplatePicker value={templateId} onChange={setTemplateId} />
        </Flex>
        {templateId === undefined ? (
          <Empty description={t('cla.board.pickTemplate')} />
        ) : (
          <Tabs
            destroyOnHidden
            items={[
              { key: 'ranking', label: t('cla.tab.ranking'), children: <RankingTab templateId={templateId} /> },
              {
                key: 'duty',
                label: t('cla.tab.duty'),
                children: <DutyReportsTab templateId={templateId} year={year} />,
              },
              {
                key: 'accountability',
                label: t('cla.tab.accountability'),
                children: <AccountabilityTab templateId={templateId} />,
              },
            ]}
          />
        )}
      </Card>
    </PageContainer>
  );
}
