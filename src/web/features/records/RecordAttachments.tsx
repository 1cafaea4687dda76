import { DeleteOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, List, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { RECORD_LIMITS, type RecordDetail } from '../../../contracts/records.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { deleteAttachment, downloadAttachment, recordKeys } from './api.ts';
import { ATTACHMENT_ACCEPT } from './PendingFiles.tsx';
import { type UploadProblem, uploadAll } from './uploadAll.ts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** A record's files: download; while editable, add more and remove; the server's refusals listed by file. */
export function RecordAttachments({ record, problems }: { record: RecordDetail; problems: UploadProblem[] }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [refused, setRefused] = useState<UploadProblem[]>(problems);
  const [busy, setBusy] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: recordKeys.detail(record.id) });
  const remove = useMutation({
    mutationFn: (attachmentId: number) => deleteAttachment(record.id, attachmentId),
    onSuccess: refresh,
    onError: (err) => onError(err),
  });
  const add = async (files: File[]) => {
    setBusy(true);
    const out = await uploadAll(record.id, files);
    setRefused(out);
    if (out.length < files.length)
      void message.success(t('record.filesUploaded', { count: files.length - out.length }));
    await refresh();
    setBusy(false);
  };
  const download = (id: number, name: string) => downloadAttachment(record.id, id, name).catch((err) => onError(err));
  return (
    <Flex vertical gap={8} data-testid="record-attachments">
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
      <List
        size="small"
        dataSource={record.attachments}
        locale={{ emptyText: t('record.noAttachments') }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => void download(a.id, a.fileName)}
              >
                {t('record.download')}
              </Button>,
              ...(record.editable
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('record.removeFileConfirm', { name: a.fileName })}
                      onConfirm={() => remove.mutate(a.id)}
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined />} />
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              title={
                <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                  {a.fileName}
                </Typography.Text>
              }
              description={`${size(a.sizeBytes)} · ${formatDateTime(a.createdAt)}`}
            />
          </List.Item>
        )}
      />
      {record.editable && record.attachments.length < RECORD_LIMITS.attachmentsPerRecord ? (
        <Upload
          multiple
          accept={ATTACHMENT_ACCEPT}
          showUploadList={false}
          beforeUpload={(file, list) => {
            if (file === list[list.length - 1]) void add(list);
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
