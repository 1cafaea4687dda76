import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { UNIT_KINDS, type UnitKind } from '../../../contracts/units.ts';
import { PRESET_NAMES, VOCABULARY_PRESETS, type Vocabulary } from '../../../contracts/vocabulary.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchVocabulary, registryKeys, saveVocabulary } from './api.ts';

function matchingPreset(names: Record<UnitKind, string>): Vocabulary['preset'] {
  return VOCABULARY_PRESETS.find((p) => UNIT_KINDS.every((k) => PRESET_NAMES[p][k] === names[k]?.trim())) ?? 'custom';
}

function Fields() {
  const t = useT();
  const form = Form.useFormInstance<Vocabulary>();
  return (
    <>
      <Form.Item name="preset" label={t('vocabulary.preset')}>
        <Radio.Group
          optionType="button"
          options={[...VOCABULARY_PRESETS, 'custom' as const].map((p) => ({
            value: p,
            label: t(`vocabulary.preset.${p}`),
          }))}
          onChange={(e) => {
            const preset = e.target.value as Vocabulary['preset'];
            if (preset !== 'custom') form.setFieldValue('names', { ...PRESET_NAMES[preset] });
          }}
        />
      </Form.Item>
      {UNIT_KINDS.map((k) => (
        <Form.Item
          key={k}
          name={['names', k]}
          label={t(`vocabulary.kind.${k}`)}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input
            maxLength={16}
            onChange={() => {
              const names = form.getFieldValue('names') as Record<UnitKind, string>;
              form.setFieldValue('preset', matchingPreset(names));
            }}
          />
        </Form.Item>
      ))}
    </>
  );
}

/** 机构类型名称: what the enterprise calls each level (a preset for a bank, an insurer or a postal enterprise, or its own). */
export function VocabularyModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const current = useQuery({ queryKey: registryKeys.vocabulary, queryFn: fetchVocabulary });
  if (current.isPending || current.isError) {
    return (
      <Modal open title={t('vocabulary.title')} footer={null} onCancel={onClose}>
        {current.isError ? (
          <LoadFailed error={current.error} onRetry={() => void current.refetch()} />
        ) : (
          <PageLoading />
        )}
      </Modal>
    );
  }
  return (
    <FormModal<Vocabulary, unknown>
      title={t('vocabulary.title')}
      okText={t('common.save')}
      initialValues={current.data.value}
      submit={(v) => saveVocabulary({ preset: matchingPreset(v.names), names: v.names }, current.data.version)}
      onDone={(saved) => {
        qc.setQueryData(registryKeys.vocabulary, saved);
        void message.success(t('common.saved'));
        onClose();
      }}
      onClose={onClose}
      errors={{ onStale: () => void current.refetch() }}
    >
      <Alert type="info" showIcon message={t('vocabulary.hint')} style={{ marginBottom: 16 }} />
      <Fields />
    </FormModal>
  );
}
