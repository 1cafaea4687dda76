import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Table, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import type { TrainingImportResult } from '../../../contracts/training.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { type MessageKey, useT } from '../../app/i18n/index.tsx';

export type ImportMode = TrainingImportResult['mode'];

const paramsOf = (r: TrainingImportResult) => ({
  rows: r.rows,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  count: r.errors.length,
});

/**
 * The feature's own message keys; each is translated with
 * `{ rows, inserted, updated, unchanged, count }` (count = number of row errors).
 */
export interface ImportFlowKeys {
  pickFile: MessageKey;
  check: MessageKey;
  commit: MessageKey;
  /** Clean dry run: what the import would change. */
  ready: MessageKey;
  committed: MessageKey;
  errors: MessageKey;
  row: MessageKey;
  column: MessageKey;
  problem: MessageKey;
}

/**
 * Pick a file → 检查 (dry run) → the row errors or the counts → 导入 (commit), enabled
 * only after a clean dry run; the server writes all rows or none.
 */
export function ImportFlow({
  accept,
  run,
  keys,
  testIds,
  fileIcon,
  before,
  after,
  actionsJustify,
  onCommitted,
}: {
  accept: string;
  run: (mode: ImportMode, file: File) => Promise<TrainingImportResult>;
  keys: ImportFlowKeys;
  testIds: { file: string; commit: string; errors: string; check?: string; ready?: string; committed?: string };
  fileIcon?: ReactNode;
  /** Shown next to the file button (e.g. the template download). */
  before?: ReactNode;
  after?: ReactNode;
  actionsJustify?: 'flex-start' | 'flex-end';
  onCommitted?: (res: TrainingImportResult) => void;
}) {
  const t = useT();
  const onError = useApiErrorHandler();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<TrainingImportResult | null>(null);
  const mutation = useMutation({
    mutationFn: (mode: ImportMode) => {
      if (!file) throw new Error('no file');
      return run(mode, file);
    },
    onSuccess: (res) => {
      setResult(res);
      if (res.committed) {
        setFile(null);
        onCommitted?.(res);
      }
    },
    onError: (err) => onError(err),
  });
  const reset = (f: File | null) => {
    setFile(f);
    setResult(null);
  };
  const checkedOk = result !== null && result.errors.length === 0 && result.mode === 'dry_run';
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="flex-start">
        {before}
        <Upload
          accept={accept}
          maxCount={1}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          beforeUpload={(f) => {
            reset(f);
            return false;
          }}
          onRemove={() => reset(null)}
        >
          <Button icon={fileIcon} data-testid={testIds.file}>
            {t(keys.pickFile)}
          </Button>
        </Upload>
        {after}
      </Flex>
      {checkedOk && (
        <Alert type="success" showIcon data-testid={testIds.ready} message={t(keys.ready, paramsOf(result))} />
      )}
      {result?.committed && (
        <Alert type="success" showIcon data-testid={testIds.committed} message={t(keys.committed, paramsOf(result))} />
      )}
      {result && result.errors.length > 0 && (
        <>
          <Alert type="error" showIcon message={t(keys.errors, paramsOf(result))} />
          <div data-testid={testIds.errors}>
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
              pagination={false}
              scroll={{ x: 'max-content', y: 300 }}
              dataSource={result.errors}
              columns={[
                { title: t(keys.row), dataIndex: 'row', width: 60 },
                { title: t(keys.column), key: 'column', width: 110, render: (_, e) => e.column ?? '—' },
                { title: t(keys.problem), dataIndex: 'message' },
              ]}
            />
          </div>
        </>
      )}
      <Flex gap={8} wrap justify={actionsJustify}>
        <Button
          disabled={!file}
          loading={mutation.isPending}
          onClick={() => mutation.mutate('dry_run')}
          data-testid={testIds.check}
        >
          {t(keys.check)}
        </Button>
        <Button
          type="primary"
          disabled={!file || !checkedOk}
          loading={mutation.isPending}
          onClick={() => mutation.mutate('commit')}
          data-testid={testIds.commit}
        >
          {t(keys.commit)}
        </Button>
      </Flex>
    </Flex>
  );
}
