import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, List, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { RECORD_LIMITS, type RecordDetail } from '../../../contracts/records.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDateTime, formatFileSize } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { AddFilesButton, DownloadFileButton } from './AttachmentButtons.tsx';
import { deleteAttachment, downloadAttachment, recordKeys, uploadAttachment } from './api.ts';
import { FilesRefused } from './FilesRefused.tsx';
import { type UploadProblem, uploadAll } from './uploadAll.ts';

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
    const out = await uploadAll(files, (f) => uploadAttachment(record.id, f));
    setRefused(out);
    if (out.length < files.length)
      void message.success(t('record.filesUploaded', { count: files.length - out.length }));
    await refresh();
    setBusy(false);
  };
  const download = (id: number, name: string) => downloadAttachment(record.id, id, name).catch((err) => onError(err));
  return (
    <Flex vertical gap={8} data-testid="record-attachments">
      <FilesRefused problems={refused} onClose={() => setRefused([])} />
      <List
        size="small"
        dataSource={record.attachments}
        locale={{ emptyText: t('record.noAttachments') }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <DownloadFileButton key="download" onClick={() => void download(a.id, a.fileName)} />,
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
              description={`${formatFileSize(a.sizeBytes)} · ${formatDateTime(a.createdAt)}`}
            />
          </List.Item>
        )}
      />
      {record.editable && record.attachments.length < RECORD_LIMITS.attachmentsPerRecord ? (
        <AddFilesButton multiple busy={busy} onAdd={(files) => void add(files)} />
      ) : null}
    </Flex>
  );
}
