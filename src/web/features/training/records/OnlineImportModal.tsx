import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { TrainingImportResult } from '../../../../contracts/training.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { downloadOnlineTemplate, importOnlineHours } from './api.ts';

/**
 * 导入线上学习学时: a learning platform's CSV or xlsx export; 检查 (dry run) lists
 * every row error and what would change; 导入 writes all rows or none.
 */
export function OnlineImportModal({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const t = useT();
  const onError = useApiErrorHandler();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<TrainingImportResult | null>(null);
  const run = useMutation({
    mutationFn: (mode: 'dry_run' | 'commit') => {
      if (!file) throw new Error('no file');
      return importOnlineHours(mode, file);
    },
    onSuccess: (res) => {
      setResult(res);
      if (res.committed) onDone();
    },
    onError: (err) => onError(err),
  });
  const checkedOk = result !== null && result.errors.length === 0 && result.mode === 'dry_run';
  const counts = result
    ? { rows: result.rows, inserted: result.inserted, updated: result.updated, unchanged: result.unchanged }
    : null;
  return (
    <Modal
      open
      title={t('trn.rec.online.importTitle')}
      onCancel={onClose}
      footer={null}
      maskClosable={false}
      width={720}
    >
      <Typography.Paragraph type="secondary">{t('trn.rec.online.importHint')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setResult(null);
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="online-import-file">
            {t('trn.rec.online.pickFile')}
          </Button>
        </Upload>
        <Button type="link" onClick={() => void downloadOnlineTemplate().catch((e: unknown) => onError(e))}>
          {t('trn.rec.online.template')}
        </Button>
      </Flex>
      {result && counts && result.committed && (
        <Alert
          type="success"
          showIcon
          message={t('trn.rec.online.committed', counts)}
          style={{ marginBottom: 12 }}
          data-testid="online-import-committed"
        />
      )}
      {checkedOk && counts && (
        <Alert type="success" showIcon message={t('trn.rec.online.checkOk', counts)} style={{ marginBottom: 12 }} />
      )}
      {result && result.errors.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            message={t('trn.rec.online.checkErrors', { count: result.errors.length })}
            style={{ marginBottom: 12 }}
          />
          <div data-testid="online-import-errors">
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
              pagination={false}
              scroll={{ x: 'max-content', y: 300 }}
              dataSource={result.errors}
              columns={[
                { title: t('trn.rec.online.row'), dataIndex: 'row', width: 60 },
                { title: t('trn.rec.online.column'), key: 'column', width: 110, render: (_, e) => e.column ?? '—' },
                { title: t('trn.rec.online.problem'), dataIndex: 'message' },
              ]}
            />
          </div>
        </>
      )}
      <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
        <Button disabled={!file || result?.committed} loading={run.isPending} onClick={() => run.mutate('dry_run')}>
          {t('trn.rec.online.check')}
        </Button>
        <Button
          type="primary"
          disabled={!file || !checkedOk}
          loading={run.isPending}
          onClick={() => run.mutate('commit')}
          data-testid="online-import-commit"
        >
          {t('trn.rec.online.commit')}
        </Button>
      </Flex>
    </Modal>
  );
}
