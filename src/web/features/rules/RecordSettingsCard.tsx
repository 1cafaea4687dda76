import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Select } from 'antd';
import type { RecordSettings } from '../../../contracts/records.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchRecordSettings, recordKeys, updateRecordSettings } from '../records/api.ts';

const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'UTC'];

/** 纪实设置: how long the author may edit a record, and the time zone periods are counted in. */
export function RecordSettingsCard() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<RecordSettings>();
  const query = useQuery({ queryKey: recordKeys.settings, queryFn: fetchRecordSettings });
  const save = useMutation({
    mutationFn: (v: RecordSettings) => updateRecordSettings(v, query.data?.version ?? 0),
    onSuccess: (saved) => {
      qc.setQueryData(recordKeys.settings, saved);
      void message.success(t('common.saved'));
    },
    onError: (err) =>
      onError(err, {
        form,
        fields: ['editWindowDays', 'timeZone'],
        mapField: (f) => f.replace(/^value\./, ''),
        onStale: () => void query.refetch(),
      }),
  });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoading />;
  return (
    <Form<RecordSettings>
      key={query.data.version}
      form={form}
      layout="vertical"
      initialValues={query.data.value}
      onFinish={(v) => save.mutate(v)}
      style={{ maxWidth: 420 }}
    >
      <Form.Item
        name="editWindowDays"
        label={t('recordSettings.editWindowDays')}
        extra={t('recordSettings.editWindowHint')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="timeZone"
        label={t('recordSettings.timeZone')}
        extra={t('recordSettings.timeZoneHint')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select showSearch options={ZONES.map((z) => ({ value: z, label: z }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
