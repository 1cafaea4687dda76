import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, InputNumber, Modal, Typography } from 'antd';
import { DUE_REASONS, type DueReason } from '../../../contracts/talks.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchSettings, saveSettings, talkKeys } from './api.ts';

type Values = Record<DueReason, number>;

/** 设置: the days within which a due talk must be held, per reason (confidential readers only). */
export function SettingsModal({ onClose }: { onClose(): void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({ queryKey: talkKeys.settings, queryFn: fetchSettings });
  if (!query.data) {
    return (
      <Modal open title={t('talk.settings.title')} footer={null} onCancel={onClose}>
        {query.isError ? <LoadFailed error={query.error} onRetry={() => void query.refetch()} /> : <PageLoading />}
      </Modal>
    );
  }
  const current = query.data;
  return (
    <FormModal<Values, unknown>
      key={current.version}
      title={t('talk.settings.title')}
      okText={t('common.save')}
      width={420}
      initialValues={current.dueDays}
      submit={(v) => saveSettings({ dueDays: v, version: current.version })}
      onDone={() => {
        void message.success(t('talk.settings.saved'));
        void qc.invalidateQueries({ queryKey: talkKeys.all });
        onClose();
      }}
      onClose={onClose}
      errors={{
        fields: [...DUE_REASONS],
        mapField: (f) => f.replace(/^dueDays\./, ''),
        onStale: () => void query.refetch(),
      }}
    >
      <Typography.Paragraph type="secondary">{t('talk.settings.hint')}</Typography.Paragraph>
      {DUE_REASONS.map((r) => (
        <Form.Item key={r} name={r} label={t(`talk.reason.${r}`)} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} precision={0} addonAfter={t('talk.settings.unit')} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
