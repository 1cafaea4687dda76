import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { SessionDetail, TrainingImportResult } from '../../../contracts/training.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { downloadSignInTemplate, importSignIn, trainingKeys } from './api.ts';

/** 签到表导入: the prefilled sheet, then upload → check (row errors) → import, all rows or none. */
export function SignInTab({ session }: { session: SessionDetail }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<TrainingImportResult | null>(null);
  const run = useMutation({
    mutationFn: (mode: 'dry_run' | 'commit') => {
      if (!file) throw new Error('no file');
      return importSignIn(session.id, mode, file);
    },
    onSuccess: (res) => {
      setResult(res);
      if (res.committed) {
        void message.success(
          t('trn.signIn.done', {
            rows: res.rows,
            inserted: res.inserted,
            updated: res.updated,
            unchanged: res.unchanged,
          }),
        );
        setFile(null);
        void qc.invalidateQueries({ queryKey: trainingKeys.all });
      }
    },
    onError: (err) => onError(err),
  });
  const template = (
    <Button
      onClick={() => void downloadSignInTemplate(session.id).catch((e: unknown) => onError(e))}
      data-testid="sign-in-template"
    >
      {t('trn.signIn.template')}
    </Button>
  );
  if (!session.can.manage) {
    return (
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('trn.signIn.readOnly')}</Typography.Text>
      </Flex>
    );
  }
  const ok = result && result.errors.length === 0;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('trn.signIn.intro')}
      </Typography.Paragraph>
      <Flex gap={8} wrap align="flex-start">
        {template}
        <Upload
          accept=".xlsx"
          maxCount={1}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
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
          <Button data-testid="sign-in-file">{t('trn.signIn.pickFile')}</Button>
        </Upload>
      </Flex>
      {result && !result.committed && ok && (
        <Alert
          type="success"
          showIcon
          data-testid="sign-in-ready"
          message={t('trn.signIn.ready', {
            rows: result.rows,
            inserted: result.inserted,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        />
      )}
      {result?.committed && (
        <Alert
          type="success"
          showIcon
          message={t('trn.signIn.done', {
            rows: result.rows,
            inserted: result.inserted,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        />
      )}
      {result && result.errors.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            message={t('trn.signIn.errors', { rows: result.rows, count: result.errors.length })}
          />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
            pagination={false}
            scroll={{ x: 'max-content', y: 300 }}
            dataSource={result.errors}
            data-testid="sign-in-errors"
            columns={[
              { title: t('trn.signIn.row'), dataIndex: 'row', width: 60 },
              { title: t('trn.signIn.column'), render: (_, e) => e.column ?? '—', width: 100 },
              { title: t('trn.signIn.problem'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
      <Flex gap={8} wrap>
        <Button
          disabled={!file}
          loading={run.isPending}
          onClick={() => run.mutate('dry_run')}
          data-testid="sign-in-check"
        >
          {t('trn.signIn.check')}
        </Button>
        <Button
          type="primary"
          disabled={!file || !ok || result?.committed}
          loading={run.isPending}
          onClick={() => run.mutate('commit')}
          data-testid="sign-in-commit"
        >
          {t('trn.signIn.commit')}
        </Button>
      </Flex>
    </Flex>
  );
}
