import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, List, Typography } from 'antd';
import { useState } from 'react';
import type { AuditFilters, AuditVerifyResult } from '../../../contracts/audit.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { type Translate, useT } from '../../app/i18n/index.tsx';
import { downloadAuditExport, verifyAudit } from './api.ts';

/** 导出: the rows matching the filters currently applied to the table. */
export function ExportButton({ filters }: { filters: () => AuditFilters }) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadAuditExport(filters());
      void message.success(t('audit.exportStarted'));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('audit.export')}
    </Button>
  );
}

function VerifyReport({ t, r }: { t: Translate; r: AuditVerifyResult }) {
  return (
    <>
      <Typography.Paragraph>{t('audit.verifyChecked', { count: r.checked })}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('audit.verifyHead', { seq: r.headSeq ?? '—' })}
        {r.headHash ? (
          <Typography.Text className="ld-pre" code copyable style={{ display: 'block' }}>
            {r.headHash}
          </Typography.Text>
        ) : null}
      </Typography.Paragraph>
      {r.problems.length > 0 ? (
        <List
          size="small"
          header={t('audit.verifyProblems', { count: r.problems.length })}
          dataSource={r.problems}
          renderItem={(p) => (
            <List.Item>
              #{p.seq}: {t(`audit.problem.${p.code}`)}
            </List.Item>
          )}
          style={{ maxHeight: 240, overflow: 'auto' }}
        />
      ) : null}
    </>
  );
}

/** 校验完整性: recomputes the hash chain on the server and reports what it found. */
export function VerifyButton() {
  const t = useT();
  const { modal } = App.useApp();
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const r = await verifyAudit();
      const show = r.ok ? modal.success : modal.error;
      show({
        title: r.ok ? t('audit.verifyOk') : t('audit.verifyBroken'),
        content: <VerifyReport t={t} r={r} />,
        width: 520,
      });
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void run()}>
      {t('audit.verify')}
    </Button>
  );
}
