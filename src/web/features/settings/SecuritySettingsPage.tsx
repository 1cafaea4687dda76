import { PageContainer, ProForm, ProFormDigit } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Form } from 'antd';
import type { z } from 'zod';
import { type SecuritySettings, securitySettingsSchema } from '../../../contracts/settings.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { type MessageKey, useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchSecuritySettings, saveSecuritySettings, settingsKey } from './api.ts';

type Field = keyof SecuritySettings;
const FIELDS = Object.keys(securitySettingsSchema.shape) as Field[];

/** Each field's limits come from the contract, so the form and the server never disagree. */
function limits(field: Field): { min: number; max: number } {
  const schema: z.ZodNumber = securitySettingsSchema.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

const label = (f: Field): MessageKey => `settings.field.${f}`;
const hint = (f: Field): MessageKey => `settings.hint.${f}`;

/** The security policy (system administrator); saved with the version it was loaded at. */
export default function SecuritySettingsPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<SecuritySettings>();
  const query = useQuery({ queryKey: settingsKey, queryFn: fetchSecuritySettings });

  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data) form.setFieldsValue(fresh.data.value);
  };
  const mutation = useMutation({
    mutationFn: (value: SecuritySettings) => saveSecuritySettings(value, query.data?.version ?? 0),
    onSuccess: (saved) => {
      qc.setQueryData(settingsKey, saved);
      form.setFieldsValue(saved.value);
      void message.success(t('common.saved'));
    },
    onError: (err) =>
      onError(err, {
        form,
        fields: FIELDS,
        mapField: (f) => f.replace(/^value\./, ''),
        onStale: () => void reload(),
      }),
  });

  if (query.isPending) return <PageLoading />;
  if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <PageContainer title={t('menu.settings')}>
      <Card title={t('settings.securityTitle')}>
        <Alert type="info" showIcon message={t('settings.hint')} style={{ marginBottom: 16 }} />
        <ProForm<SecuritySettings>
          form={form}
          initialValues={query.data.value}
          onFinish={async (values) => {
            mutation.mutate(values);
          }}
          submitter={{
            searchConfig: { submitText: t('common.save'), resetText: t('settings.reset') },
            submitButtonProps: { loading: mutation.isPending },
          }}
          grid
          rowProps={{ gutter: 16 }}
        >
          {FIELDS.map((f) => {
            const { min, max } = limits(f);
            return (
              <ProFormDigit
                key={f}
                name={f}
                label={t(label(f))}
                tooltip={t(hint(f))}
                min={min}
                max={max}
                fieldProps={{ precision: 0, style: { width: '100%' } }}
                colProps={{ xs: 24, md: 12, xl: 8 }}
                rules={[{ required: true, message: t('settings.required') }]}
                extra={t('settings.range', { min, max })}
              />
            );
          })}
        </ProForm>
      </Card>
    </PageContainer>
  );
}
