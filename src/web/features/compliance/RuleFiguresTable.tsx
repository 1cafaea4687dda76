import { Table, Tag, Typography } from 'antd';
import type { ComplianceStatus } from '../../../contracts/actions.ts';
import type { RuleFigures } from '../../../contracts/compliance.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useActionLabel } from '../records/labels.ts';
import { RateText } from './RateText.tsx';

/** Per rule: subjects, met, due, overdue, not yet due, both rates with numerator/denominator, person-times. */
export function RuleFiguresTable({
  rules,
  onStatus,
}: {
  rules: RuleFigures[];
  /** Opens the matrix filtered to one status. */
  onStatus: (status: ComplianceStatus) => void;
}) {
  const t = useT();
  const label = useActionLabel();
  const count = (n: number, status: ComplianceStatus) =>
    n ? (
      <Typography.Link onClick={() => onStatus(status)} data-testid={`figure-${status}`}>
        {n}
      </Typography.Link>
    ) : (
      <span data-testid={`figure-${status}`}>0</span>
    );
  return (
    <Table<RuleFigures>
      rowKey={(r) => r.rule.id}
      size="middle"
      pagination={false}
      dataSource={rules}
      scroll={{ x: 'max-content' }}
      data-testid="compliance-rules"
      onRow={(r) => ({ 'data-rule-code': r.rule.code }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('compliance.noRules') }}
      columns={[
        {
          title: t('compliance.rule'),
          key: 'rule',
          render: (_, r) => (
            <div style={{ minWidth: 200, maxWidth: 320, whiteSpace: 'normal' }}>
              <div>{r.rule.name}</div>
              <Tag>{label('rulePeriod', r.rule.period)}</Tag>
              <Tag>{label('ruleSubject', r.rule.subject)}</Tag>
            </div>
          ),
        },
        { title: t('compliance.subjects'), key: 'subjects', align: 'right', dataIndex: 'subjects' },
        { title: t('compliance.met'), key: 'met', align: 'right', render: (_, r) => count(r.met, 'met') },
        { title: t('compliance.due'), key: 'due', align: 'right', render: (_, r) => count(r.due, 'due') },
        {
          title: t('compliance.overdue'),
          key: 'overdue',
          align: 'right',
          render: (_, r) => count(r.overdue, 'overdue'),
        },
        {
          title: t('compliance.notYetDue'),
          key: 'notYetDue',
          align: 'right',
          render: (_, r) => count(r.notYetDue, 'not_yet_due'),
        },
        {
          title: t('compliance.participation'),
          key: 'participation',
          render: (_, r) => <RateText rate={r.participation} testId="rate-participation" />,
        },
        {
          title: t('compliance.completion'),
          key: 'completion',
          render: (_, r) => <RateText rate={r.completion} testId="rate-completion" />,
        },
        { title: t('compliance.personTimes'), key: 'personTimes', align: 'right', dataIndex: 'personTimes' },
      ]}
    />
  );
}
