import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import type { TemplateImportResult } from '../../../../contracts/checklists.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { downloadImportTemplate, importTemplate } from '../api.ts';
import { UnitPicker } from './UnitPicker.tsx';
import { YearNameFields } from './YearNameFields.tsx';

interface Header {
  unitId: number;
  year: number;
  name: string;
}

/** Upload an xlsx: a dry run lists every problem by row and column; the import writes all or nothing. */
export function ImportModal({
  year,
  onDone,
  onClose,
}: {
  year: number;
  onDone: (templateId: number) => void;
  onClose: () => void;
}) {
  const t = useT();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Header>();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<TemplateImportResult | null>(null);
  const run = useMutation({
    mutationFn: async (mode: 'dry_run' | 'commit') => {
      const h = await form.validateFields();
      if (!file) throw new Error('no file');
      return importTemplate({ mode, unitId: h.unitId, year: h.year, name: h.name.trim() }, file);
    },
    onSuccess: (res) => {
      setResult(res);
      if (res.templateId) onDone(res.templateId);
    },
    onError: (err) => {
      if (err instanceof Error && err.message === 'no file') return;
      if ((err as { errorFields?: unknown }).errorFields) return;
      onError(err);
    },
  });
  return (
    <Modal open title={t('ckt.importTitle')} onCancel={onClose} footer={null} maskClosable={false} width={720}>
      <Form<Header> form={form} layout="vertical" initialValues={{ year }} onValuesChange={() => setResult(null)}>
        <Form.Item name="unitId" label={t('ckt.unit')} rules={[{ required: true, message: t('ckt.required') }]}>
          <UnitPicker />
        </Form.Item>
        <YearNameFields />
      </Form>
      <Space wrap style={{ marginBottom: 12 }}>
        <Upload
          accept=".xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button data-testid="template-import-file">{t('ckt.pickFile')}</Button>
        </Upload>
        <Button type="link" onClick={() => void downloadImportTemplate().catch((e: unknown) => onError(e))}>
          {t('ckt.importTemplate')}
        </Button>
      </Space>
      {result?.ok && !result.templateId && (
        <Alert
          type="success"
          showIcon
          message={t('ckt.importOk', { rows: result.rows })}
          style={{ marginBottom: 12 }}
        />
      )}
      {result && !result.ok && (
        <>
          <Alert
            type="error"
            showIcon
            message={t('ckt.importErrors', { count: result.errors.length })}
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}`}
            pagination={false}
            scroll={{ x: 'max-content', y: 300 }}
            dataSource={result.errors}
            data-testid="template-import-errors"
            columns={[
              { title: t('ckt.row'), dataIndex: 'row', width: 60 },
              { title: t('ckt.column'), dataIndex: 'column', width: 120 },
              { title: t('ckt.problem'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'flex-end' }}>
        <Button disabled={!file} loading={run.isPending} onClick={() => run.mutate('dry_run')}>
          {t('ckt.check')}
        </Button>
        <Button
          type="primary"
          disabled={!file || !result?.ok}
          loading={run.isPending}
          onClick={() => run.mutate('commit')}
          data-testid="template-import-commit"
        >
          {t('ckt.commit')}
        </Button>
      </Space>
    </Modal>
  );
}
