import { Card, Flex, Tag, Typography } from 'antd';
import type { ComplianceStatus } from '../../../contracts/actions.ts';
import type { RuleFigures } from '../../../contracts/compliance.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useActionLabel } from '../records/labels.ts';
import { RateText } from './RateText.tsx';

/** The per-rule figures on a phone: one card per rule instead of a wide table. */
export function RuleFiguresCards({
  rules,
  onStatus,
}: {
  rules: RuleFigures[];
  onStatus: (status: ComplianceStatus) => void;
}) {
  const t = useT();
  const label = useActionLabel();
  if (rules.length === 0) return <Typography.Text type="secondary">{t('compliance.noRules')}</Typography.Text>;
  const count = (key: 'met' | 'due' | 'overdue' | 'notYetDue', status: ComplianceStatus, n: number) => (
    <Typography.Link onClick={() => onStatus(status)} disabled={n === 0} data-testid={`figure-${status}`}>
      {t(`compliance.${key}`)} {n}
    </Typography.Link>
  );
  return (
    <Flex vertical gap={8} data-testid="compliance-rules">
      {rules.map((r) => (
        <Card key={r.rule.id} size="small" data-rule-code={r.rule.code}>
          <Typography.Text strong>{r.rule.name}</Typography.Text>
          <div style={{ margin: '4px 0' }}>
            <Tag>{label('rulePeriod', r.rule.period)}</Tag>
            <Tag>{label('ruleSubject', r.rule.subject)}</Tag>
            <Typography.Text type="secondary">{t('compliance.subjectsN', { count: r.subjects })}</Typography.Text>
          </div>
          <div>
            <Typography.Text type="secondary">{t('compliance.completion')} </Typography.Text>
            <RateText rate={r.completion} testId="rate-completion" />
          </div>
          <div>
            <Typography.Text type="secondary">{t('compliance.participation')} </Typography.Text>
            <RateText rate={r.participation} testId="rate-participation" />
          </div>
          <Flex wrap gap={12} style={{ marginTop: 4 }}>
            {count('met', 'met', r.met)}
            {count('due', 'due', r.due)}
            {count('overdue', 'overdue', r.overdue)}
            {count('notYetDue', 'not_yet_due', r.notYetDue)}
            <span>
              {t('compliance.personTimes')} {r.personTimes}
            </span>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
