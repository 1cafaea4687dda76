import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { Rule } from '../../../contracts/rules.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useSchemes } from '../pairings/SchemeSelect.tsx';
import { useActionLabel } from '../records/labels.ts';
import { useEnumLabel } from '../registry/enums.ts';
import { listRules, ruleKeys } from './api.ts';
import { RetireRuleModal } from './RetireRuleModal.tsx';
import { RuleFormModal } from './RuleFormModal.tsx';

type State = 'current' | 'future' | 'ended';

function stateOf(r: Rule, today: string): State {
  if (r.effectiveFrom > today) return 'future';
  if (r.effectiveTo !== null && r.effectiveTo < today) return 'ended';
  return 'current';
}

/** 规定动作 of a scheme (or the party orgs), every version with its dates; create, revise from a date, retire. */
export function RulesTable() {
  const t = useT();
  const label = useActionLabel();
  const enumLabel = useEnumLabel();
  const schemes = useSchemes();
  const [track, setTrack] = useState<number>(-1);
  const [modal, setModal] = useState<{ kind: 'create' } | { kind: 'revise' | 'retire'; rule: Rule } | null>(null);
  const rules = useQuery({ queryKey: ruleKeys.list({}), queryFn: () => listRules() });
  const today = dayjs().format('YYYY-MM-DD');
  const trackId = track === -1 ? (schemes.data?.[0]?.id ?? 0) : track;
  const rows = useMemo(
    () =>
      (rules.data ?? [])
        .filter((r) => (trackId === 0 ? r.schemeId === null : r.schemeId === trackId))
        .sort((a, b) => a.code.localeCompare(b.code) || b.effectiveFrom.localeCompare(a.effectiveFrom)),
    [rules.data, trackId],
  );
  if (rules.isError && !rules.data) return <LoadFailed error={rules.error} onRetry={() => void rules.refetch()} />;
  const stateTag = (s: State) =>
    s === 'current' ? (
      <Tag color="success">{t('rule.state.current')}</Tag>
    ) : s === 'future' ? (
      <Tag color="processing">{t('rule.state.future')}</Tag>
    ) : (
      <Tag>{t('rule.state.ended')}</Tag>
    );
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Select<number>
          value={trackId}
          onChange={setTrack}
          options={[
            ...(schemes.data ?? []).map((s) => ({ value: s.id, label: s.name })),
            { value: 0, label: t('compliance.partyOrgTrack') },
          ]}
          style={{ width: 260, maxWidth: '100%' }}
          data-testid="rules-track"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ kind: 'create' })}>
          {t('rule.create')}
        </Button>
      </Flex>
      <Table<Rule>
        rowKey="id"
        size="middle"
        loading={rules.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="rules-table"
        columns={[
          {
            title: t('rule.name'),
            key: 'name',
            render: (_, r) => (
              <div style={{ minWidth: 200, maxWidth: 340, whiteSpace: 'normal' }}>
                <div>{r.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.code}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('rule.requirement'),
            key: 'requirement',
            render: (_, r) => (
              <Space size={[4, 4]} wrap style={{ maxWidth: 280 }}>
                <Tag>{label('ruleSubject', r.subject)}</Tag>
                <Tag color="red">{label('actionKind', r.actionKind)}</Tag>
                <Tag>{t('rule.atLeast', { period: label('rulePeriod', r.period), count: r.minCount })}</Tag>
                {r.onSiteOnly ? <Tag color="orange">{t('rule.onSiteOnly')}</Tag> : null}
                {r.requireStandardItems ? <Tag color="orange">{t('rule.requireStandardItems')}</Tag> : null}
                {r.partyOrgKind ? <Tag>{enumLabel('partyOrgKind', r.partyOrgKind)}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('rule.effective'),
            key: 'effective',
            render: (_, r) => `${r.effectiveFrom} ~ ${r.effectiveTo ?? t('rule.openEnded')}`,
          },
          { title: t('rule.state'), key: 'state', render: (_, r) => stateTag(stateOf(r, today)) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, r) =>
              stateOf(r, today) === 'ended' ? null : (
                <Space>
                  <Typography.Link onClick={() => setModal({ kind: 'revise', rule: r })}>
                    {t('rule.revise')}
                  </Typography.Link>
                  {r.effectiveTo === null ? (
                    <Typography.Link type="danger" onClick={() => setModal({ kind: 'retire', rule: r })}>
                      {t('rule.retire')}
                    </Typography.Link>
                  ) : null}
                </Space>
              ),
          },
        ]}
      />
      {modal?.kind === 'create' ? <RuleFormModal revising={null} onClose={() => setModal(null)} /> : null}
      {modal?.kind === 'revise' ? <RuleFormModal revising={modal.rule} onClose={() => setModal(null)} /> : null}
      {modal?.kind === 'retire' ? <RetireRuleModal rule={modal.rule} onClose={() => setModal(null)} /> : null}
    </Flex>
  );
}
