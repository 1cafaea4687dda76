import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Rate, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CONCERN_LIMITS, type ConcernAction, type ConcernDetail } from '../../../contracts/concerns.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { concernKeys, transitionConcern } from './api.ts';
import { EscalateFields } from './EscalateFields.tsx';
import { HandlerSelect } from './HandlerSelect.tsx';
import { useConcernNames } from './labels.ts';

interface Values {
  reason?: string;
  note?: string;
  override?: boolean;
  departmentId?: number | null;
  overrideReason?: string;
  handlerAccountId?: number | null;
  satisfaction?: number;
  comment?: string;
}

const FIELDS = ['reason', 'note', 'departmentId', 'overrideReason', 'handlerAccountId', 'satisfaction', 'comment'];

/**
 * One action on a concern: asks for what it needs, sends it with the version
 * the user saw. A stale version closes the modal and reloads the concern.
 */
export function ActionModal({
  concern,
  action,
  onClose,
  onStale,
}: {
  concern: ConcernDetail;
  action: ConcernAction;
  onClose: () => void;
  onStale: () => void;
}) {
  const t = useT();
  const names = useConcernNames();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const text = (name: 'reason' | 'note' | 'comment', label: string, need: boolean, testId: string) => (
    <Form.Item name={name} label={label} rules={need ? required : []}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={CONCERN_LIMITS.note} data-testid={testId} />
    </Form.Item>
  );
  const departmentId = concern.department?.id ?? null;
  const handler = (need: boolean, placeholder?: string) =>
    departmentId === null ? null : (
      <Form.Item
        name="handlerAccountId"
        label={t('concern.handler')}
        rules={need ? [{ required: true, message: t('form.required') }] : []}
      >
        <HandlerSelect departmentId={departmentId} {...(placeholder ? { placeholder } : {})} />
      </Form.Item>
    );

  const fields: Record<ConcernAction, ReactNode> = {
    resolve: text('note', t('concern.resolution'), true, 'concern-action-note'),
    escalate: (
      <>
        {concern.tier === 1 ? (
          <EscalateFields concern={concern} />
        ) : (
          <Typography.Paragraph type="secondary">{t('concern.escalateToCommittee')}</Typography.Paragraph>
        )}
        {text('reason', t('concern.escalateReason'), true, 'concern-action-reason')}
      </>
    ),
    accept: (
      <>
        {handler(false, t('concern.acceptSelf'))}
        {text('note', t('concern.note'), false, 'concern-action-note')}
      </>
    ),
    reassign: (
      <>
        {handler(true)}
        {text('reason', t('concern.reason'), false, 'concern-action-reason')}
      </>
    ),
    progress: text('note', t('concern.progressNote'), true, 'concern-action-note'),
    return: text('reason', t('concern.returnReason'), true, 'concern-action-reason'),
    reject: text('reason', t('concern.rejectReason'), true, 'concern-action-reason'),
    reopen: text('reason', t('concern.reopenReason'), true, 'concern-action-reason'),
    confirm: (
      <>
        <Form.Item
          name="satisfaction"
          label={t('concern.satisfaction')}
          rules={[{ required: true, message: t('concern.satisfactionRequired') }]}
        >
          <Rate data-testid="concern-action-rate" />
        </Form.Item>
        {text('comment', t('concern.satisfactionComment'), false, 'concern-action-comment')}
      </>
    ),
    // Decided only through a committee meeting; the page links there instead of opening this.
    decide: null,
  };

  // `override` is only the form's switch; the department fields drop their values when hidden (preserve=false).
  const submit = ({ override: _override, ...v }: Values) =>
    transitionConcern(concern.id, { action, version: concern.version, ...v });

  return (
    <FormModal<Values, ConcernDetail>
      title={`${names.action(action)} · ${concern.title}`}
      okText={names.action(action)}
      submit={submit}
      onDone={async (next) => {
        qc.setQueryData(concernKeys.detail(concern.id), next);
        await qc.invalidateQueries({ queryKey: concernKeys.all });
        void message.success(t('concern.actionDone', { action: names.action(action) }));
        onClose();
      }}
      onClose={onClose}
      errors={{
        fields: FIELDS,
        onStale: () => {
          onStale();
          onClose();
        },
      }}
    >
      <div data-testid={`concern-action-form-${action}`}>{fields[action]}</div>
    </FormModal>
  );
}
