import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  List,
  Radio,
  Result,
  Row,
  Space,
  Steps,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { IMPORT_KINDS, IMPORT_LIMITS, type ImportKind, type ImportReport } from '../../../contracts/imports.ts';
import { SHEET_NAMES, SHEETS } from '../../../contracts/registry-sheets.ts';
import { ApiRequestError } from '../../app/api/client.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { downloadTemplate, runImport } from './api.ts';
import { ImportReportView } from './ImportReportView.tsx';

type Stage =
  | { step: 'idle' }
  | { step: 'checking'; file: string }
  | { step: 'refused'; file: string; message: string }
  | { step: 'checked'; file: string; data: ArrayBuffer; report: ImportReport }
  | { step: 'committing'; file: string; data: ArrayBuffer; report: ImportReport }
  | { step: 'committed'; file: string; report: ImportReport };

/** The columns of a template, as the contract defines them (* = required). */
function TemplateColumns({ kind }: { kind: ImportKind }) {
  const t = useT();
  const columns = SHEETS[kind].filter((c) => !c.exportOnly);
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('import.columnsTitle', { sheet: SHEET_NAMES[kind] })}</Typography.Text>}
      dataSource={columns}
      renderItem={(c) => (
        <List.Item style={{ paddingInline: 0 }}>
          <span>
            {c.required ? <Typography.Text type="danger">* </Typography.Text> : null}
            {c.header}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.example || '—'}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

/**
 * 导入: choose what to import → download its template → upload the filled-in
 * workbook → a dry run lists every problem by row and column → only a clean
 * file can be committed, and a commit writes all rows or none.
 */
export default function ImportPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [params] = useSearchParams();
  // A list can link here with its kind chosen (结对管理 → ?kind=pairings).
  const [kind, setKind] = useState<ImportKind>(() => {
    const asked = params.get('kind');
    return (IMPORT_KINDS as readonly string[]).includes(asked ?? '') ? (asked as ImportKind) : 'people';
  });
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [downloading, setDownloading] = useState(false);
  const compact = useCompact();

  /** Whole-file refusals (not an xlsx, wrong sheet, missing columns…) come back as the error model. */
  const refusal = (err: unknown): string | null =>
    err instanceof ApiRequestError && (err.code.startsWith('IMPORT_') || err.code === 'VALIDATION_FAILED')
      ? err.message
      : null;

  const check = async (file: File) => {
    if (file.size > IMPORT_LIMITS.maxBytes) {
      setStage({
        step: 'refused',
        file: file.name,
        message: t('import.tooLarge', { mb: IMPORT_LIMITS.maxBytes / 1024 / 1024 }),
      });
      return;
    }
    setStage({ step: 'checking', file: file.name });
    try {
      const data = await file.arrayBuffer();
      const report = await runImport(kind, 'dry_run', data);
      setStage({ step: 'checked', file: file.name, data, report });
    } catch (err) {
      const why = refusal(err);
      if (why) setStage({ step: 'refused', file: file.name, message: why });
      else {
        onError(err);
        setStage({ step: 'idle' });
      }
    }
  };

  const commit = async () => {
    if (stage.step !== 'checked') return;
    const { file, data } = stage;
    setStage({ ...stage, step: 'committing' });
    try {
      const report = await runImport(kind, 'commit', data);
      if (report.committed) {
        setStage({ step: 'committed', file, report });
        void qc.invalidateQueries({ queryKey: ['units'] });
        void qc.invalidateQueries({ queryKey: ['people'] });
        void qc.invalidateQueries({ queryKey: ['party-orgs'] });
        void qc.invalidateQueries({ queryKey: ['registry'] });
      } else {
        // Something changed since the dry run: the commit found problems and wrote nothing.
        setStage({ step: 'checked', file, data, report });
        void message.error(t('import.commitRefused'));
      }
    } catch (err) {
      const why = refusal(err);
      if (why) setStage({ step: 'refused', file, message: why });
      else {
        onError(err);
        setStage({ ...stage, step: 'checked' });
      }
    }
  };

  const getTemplate = async () => {
    setDownloading(true);
    try {
      await downloadTemplate(kind);
      void message.success(t('export.started'));
    } catch (err) {
      onError(err);
    } finally {
      setDownloading(false);
    }
  };

  const busy = stage.step === 'checking' || stage.step === 'committing';
  const current = stage.step === 'idle' ? 1 : stage.step === 'committed' ? 3 : 2;
  const clean = stage.step === 'checked' && stage.report.problemCount === 0 && stage.report.rows > 0;

  return (
    <PageContainer title={t('menu.import')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card>
            <Steps
              size="small"
              type={compact ? 'inline' : 'default'}
              current={current}
              style={{ marginBottom: compact ? 16 : 24 }}
              items={[
                { title: t('import.step.kind') },
                { title: t('import.step.upload') },
                { title: t('import.step.check') },
                { title: t('import.step.commit') },
              ]}
            />
            <Space direction="vertical" size={16} style={{ display: 'flex' }}>
              <Flex wrap gap={12} align="center">
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  value={kind}
                  disabled={busy}
                  onChange={(e) => {
                    setKind(e.target.value as ImportKind);
                    setStage({ step: 'idle' });
                  }}
                  options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`import.kind.${k}`) }))}
                  data-testid="import-kind"
                />
                <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void getTemplate()}>
                  {t('import.template')}
                </Button>
              </Flex>
              {stage.step === 'committed' ? (
                <div data-testid="import-committed">
                  <Result
                    status="success"
                    title={t('import.committed')}
                    subTitle={t('import.committedCounts', {
                      inserted: stage.report.inserted,
                      updated: stage.report.updated,
                      unchanged: stage.report.unchanged,
                    })}
                    extra={
                      <Button type="primary" onClick={() => setStage({ step: 'idle' })}>
                        {t('import.again')}
                      </Button>
                    }
                  />
                </div>
              ) : (
                <Upload.Dragger
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  multiple={false}
                  showUploadList={false}
                  disabled={busy}
                  beforeUpload={(file) => {
                    void check(file);
                    return false;
                  }}
                  data-testid="import-upload"
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">{t('import.uploadText', { kind: t(`import.kind.${kind}`) })}</p>
                  <p className="ant-upload-hint">
                    {t('import.uploadHint', {
                      rows: IMPORT_LIMITS.maxRows.toLocaleString(),
                      mb: IMPORT_LIMITS.maxBytes / 1024 / 1024,
                    })}
                  </p>
                </Upload.Dragger>
              )}
              {stage.step === 'checking' ? (
                <Alert type="info" showIcon message={t('import.checking', { file: stage.file })} />
              ) : null}
              {stage.step === 'refused' ? (
                <Alert
                  type="error"
                  showIcon
                  message={t('import.refused', { file: stage.file })}
                  description={stage.message}
                  data-testid="import-refused"
                />
              ) : null}
              {stage.step === 'checked' || stage.step === 'committing' ? (
                <>
                  <Alert
                    type={stage.report.problemCount === 0 ? 'success' : 'warning'}
                    showIcon
                    message={t(stage.report.problemCount === 0 ? 'import.checkedClean' : 'import.checkedProblems', {
                      file: stage.file,
                    })}
                    data-testid="import-checked"
                  />
                  <ImportReportView report={stage.report} />
                  <Flex gap={8} wrap>
                    <Tooltip title={clean ? null : t('import.commitDisabled')}>
                      <Button
                        type="primary"
                        icon={<CloudUploadOutlined />}
                        disabled={!clean && stage.step !== 'committing'}
                        loading={stage.step === 'committing'}
                        onClick={() => void commit()}
                        data-testid="import-commit"
                      >
                        {t('import.commit')}
                      </Button>
                    </Tooltip>
                  </Flex>
                </>
              ) : null}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card title={t('import.helpTitle')}>
            <Typography.Paragraph type="secondary">{t('import.help')}</Typography.Paragraph>
            <TemplateColumns kind={kind} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
