import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from './api/errors.ts';
import { useT } from './i18n/index.tsx';

/** "导出": runs a download with the list's current filters, spinning meanwhile, errors the usual way. */
export function ExportButton({ run }: { run: () => Promise<unknown> }) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await run();
      void message.success(t('export.started'));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void click()}>
      {t('export.button')}
    </Button>
  );
}
