import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Empty, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ACCOUNTABILITY_KINDS, type AccountabilityKind } from '../../../../contracts/checklist-annual.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { PersonSelect } from '../../people/PersonSelect.tsx';
import { annualKeys, createAccountability, fetchAccountabilities, fetchRanking } from './api.ts';

const KIND_COLORS: Record<AccountabilityKind, string> = {
  reminder: 'gold',
  admonition: 'orange',
  formal_admonition: 'volcano',
  disqualification: 'red',
};

type AccForm = {
  assignmentId: number;
  personId?: number | null;
  kind: AccountabilityKind;
  reason: string;
  evidence?: string;
  occurredOn: Dayjs;
};

function AccountabilityModal({ templateId, onClose }: { templateId: number; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: annualKeys.ranking(templateId), queryFn: () => fetchRanking(templateId) });
  return (
    <FormModal<AccForm, unknown>
      title={t('cla.acc.new')}
      okText={t('cla.save')}
      initialValues={{ kind: 'reminder' }}
      submit={(v) =>
        createAccountability({
          assignmentId: v.assignmentId,
          personId: v.personId ?? null,
          kind: v.kind,
          reason: v.reason,
          evidence: v.evidence || null,
          occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        })
      }
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: annualKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="assignmentId" label={t('cla.acc.assignment')} rules={[{ required: true }]}>
        <Select
          loading={units.isLoading}
          options={(units.data?.rows ?? []).map((r) => ({ value: r.assignment.id, label: r.assignment.unit.name }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('cla.acc.kind')} rules={[{ required: true }]}>
        <Select options={ACCOUNTABILITY_KINDS.map((k) => ({ value: k, label: t(`cla.acc.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="personId" label={t('cla.acc.person')}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="occurredOn" label={t('cla.acc.occurredOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('cla.acc.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={2_000} />
      </Form.Item>
      <Form.Item name="evidence" label={t('cla.acc.evidence')}>
        <Input.TextArea rows={2} maxLength={2_000} />
      </Form.Item>
    </FormModal>
  );
}

/** 问责记录: reminders, admonitions, formal admonitions and disqualifications of the checklist's units. */
export function AccountabilityTab({ templateId }: { templateId: number }) {
  const t = useT();
  const me = useMe();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: annualKeys.accountability(templateId),
    queryFn: () => fetchAccountabilities(templateId),
  });
  return (
    <>
      {me.permissions.includes('checklists.inspect') && (
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="accountability-new">
            {t('cla.acc.new')}
          </Button>
        </Flex>
      )}
      {list.isLoading ? (
        <PageLoading />
      ) : list.isError || !list.data ? (
        <LoadFailed error={list.error ?? new Error('load')} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty description={t('cla.acc.empty')} />
      ) : (
        <List
          data-testid="accountability-list"
          dataSource={list.data}
          renderItem={(a) => (
            <List.Item style={{ display: 'block', paddingInline: 0 }}>
              <Tag color={KIND_COLORS[a.kind]}>{t(`cla.acc.kind.${a.kind}`)}</Tag>
              <Typography.Text strong>{a.unit.name}</Typography.Text>
              {a.person ? ` · ${a.person.name}` : ''} · {a.occurredOn}
              <div style={{ whiteSpace: 'pre-wrap' }}>{a.reason}</div>
              {a.evidence && <Typography.Text type="secondary">{a.evidence}</Typography.Text>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('cla.acc.by', { who: a.recordedBy })}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {adding && <AccountabilityModal templateId={templateId} onClose={() => setAdding(false)} />}
    </>
  );
}
