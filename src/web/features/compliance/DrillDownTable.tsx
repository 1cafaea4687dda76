import { Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';
import { useT } from '../../app/i18n/index.tsx';
import { RateText } from './RateText.tsx';

type Child = ComplianceSummary['children'][number];

/** The figures of one rule for each child unit; a click on a unit goes down a level. */
export function DrillDownTable({ summary, onOpen }: { summary: ComplianceSummary; onOpen: (unitId: number) => void }) {
  const t = useT();
  const [ruleId, setRuleId] = useState<number | null>(null);
  const rule = summary.rules.find((r) => r.rule.id === ruleId) ?? summary.rules[0];
  if (!rule || !summary.children.some((c) => c.rules.some((r) => r.subjects > 0))) {
    return <Typography.Text type="secondary">{t('compliance.noChildren')}</Typography.Text>;
  }
  const figures = (c: Child) => c.rules.find((r) => r.ruleId === rule.rule.id);
  // Units with no subject under any rule (a department, for an outlets' scheme) say nothing.
  const children = summary.children.filter((c) => c.rules.some((r) => r.subjects > 0));
  return (
    <Flex vertical gap={8}>
      <Select<number>
        value={rule.rule.id}
        onChange={setRuleId}
        options={summary.rules.map((r) => ({ value: r.rule.id, label: r.rule.name }))}
        style={{ maxWidth: '100%', width: 420 }}
        popupMatchSelectWidth={false}
      />
      <Table<Child>
        rowKey={(c) => c.unit.id}
        size="middle"
        dataSource={children}
        pagination={children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        data-testid="compliance-children"
        columns={[
          {
            title: t('compliance.unit'),
            key: 'unit',
            render: (_, c) => <Typography.Link onClick={() => onOpen(c.unit.id)}>{c.unit.name}</Typography.Link>,
          },
          {
            title: t('compliance.subjects'),
            key: 'subjects',
            align: 'right',
            render: (_, c) => figures(c)?.subjects ?? 0,
          },
          { title: t('compliance.met'), key: 'met', align: 'right', render: (_, c) => figures(c)?.met ?? 0 },
          { title: t('compliance.due'), key: 'due', align: 'right', render: (_, c) => figures(c)?.due ?? 0 },
          {
            title: t('compliance.overdue'),
            key: 'overdue',
            align: 'right',
            render: (_, c) => figures(c)?.overdue ?? 0,
          },
          {
            title: t('compliance.participation'),
            key: 'participation',
            render: (_, c) => {
              const f = figures(c);
              return f ? <RateText rate={f.participation} /> : '—';
            },
          },
          {
            title: t('compliance.completion'),
            key: 'completion',
            render: (_, c) => {
              const f = figures(c);
              return f ? <RateText rate={f.completion} /> : '—';
            },
          },
          {
            title: t('compliance.personTimes'),
            key: 'personTimes',
            align: 'right',
            render: (_, c) => figures(c)?.personTimes ?? 0,
          },
        ]}
      />
    </Flex>
  );
}
