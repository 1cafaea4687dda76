import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ConcernReportQuery } from '../../../contracts/concern-figures.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { downloadReport } from './api.ts';

type Values = Pick<ConcernReportQuery, 'year' | 'quarter' | 'by'>;

/** 导出季度报表: the quarterly progress report (xlsx) of the subtree, per department or per city branch. */
export function ReportButton({ unitId }: { unitId: number | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const now = dayjs();
  const years = Array.from({ length: 5 }, (_, i) => now.year() - i);
  const run = async (v: Values) => {
    setBusy(true);
    try {
      await downloadReport({ ...v, ...(unitId ? { unitId } : {}) });
      void message.success(t('export.started'));
      setOpen(false);
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="report-button">
        {t('followUp.report.button')}
      </Button>
      {open ? (
        <Modal
          open
          title={t('followUp.report.title')}
          okText={t('followUp.report.download')}
          onOk={() => form.submit()}
          onCancel={() => setOpen(false)}
          confirmLoading={busy}
        >
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ year: now.year(), quarter: Math.floor(now.month() / 3) + 1, by: 'department' }}
            onFinish={(v) => void run(v)}
          >
            <Form.Item name="year" label={t('followUp.report.year')} rules={[{ required: true }]}>
              <Select options={years.map((y) => ({ value: y, label: t('period.year', { year: y }) }))} />
            </Form.Item>
            <Form.Item name="quarter" label={t('followUp.report.quarter')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('period.quarterN', { n: q }) }))}
              />
            </Form.Item>
            <Form.Item name="by" label={t('followUp.report.by')} rules={[{ required: true }]}>
              <Radio.Group
                options={[
                  { value: 'department', label: t('followUp.report.byDepartment') },
                  { value: 'city', label: t('followUp.report.byCity') },
                ]}
              />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </>
  );
}
