import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ConcernDetail } from '../../../contracts/concerns.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { ATTACHMENT_ACCEPT } from '../records/PendingFiles.tsx';
import { concernKeys, downloadConcernAttachment } from './api.ts';
import { type UploadProblem, uploadConcernFiles } from './uploadFiles.ts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** A concern's files to download; its raiser may add more while it is still new. */
export function ConcernAttachments({ concern, problems }: { concern: ConcernDetail; problems: UploadProblem[] }) {
  const t = useT();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const [refused, setRefused] = useState<UploadProblem[]>(problems);
  const [busy, setBusy] = useState(false);
  const canAdd = concern.mine && concern.state === 'submitted';
  const add = async (file: File) => {
    setBusy(true);
    setRefused(await uploadConcernFiles(concern.id, [file]));
    await qc.invalidateQueries({ queryKey: concernKeys.detail(concern.id) });
    setBusy(false);
  };
  return (
    <Flex vertical gap={8} data-testid="concern-attachments">
      {refused.length ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefused([])}
          message={t('record.filesRefused')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {refused.map((p) => (
                <li key={p.fileName}>
                  {p.fileName}：{p.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {concern.attachments.length ? (
        <List
          size="small"
          dataSource={concern.attachments}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => downloadConcernAttachment(concern.id, a.id, a.fileName).catch((err) => onError(err))}
                >
                  {t('concern.download')}
                </Button>,
              ]}
            >
              <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                {a.fileName}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {size(a.sizeBytes)} · {formatDateTime(a.createdAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('concern.noAttachments')}</Typography.Text>
      )}
      {canAdd ? (
        <Upload
          accept={ATTACHMENT_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void add(file);
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} loading={busy}>
            {t('record.addFiles')}
          </Button>
        </Upload>
      ) : null}
    </Flex>
  );
}
