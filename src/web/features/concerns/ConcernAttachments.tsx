import { useQueryClient } from '@tanstack/react-query';
import { Flex, List, Typography } from 'antd';
import { useState } from 'react';
import type { ConcernDetail } from '../../../contracts/concerns.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDateTime, formatFileSize } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { AddFilesButton, DownloadFileButton } from '../records/AttachmentButtons.tsx';
import { FilesRefused } from '../records/FilesRefused.tsx';
import { type UploadProblem, uploadAll } from '../records/uploadAll.ts';
import { concernKeys, downloadConcernAttachment, uploadConcernAttachment } from './api.ts';

/** A concern's files to download; its raiser may add more while it is still new. */
export function ConcernAttachments({ concern, problems }: { concern: ConcernDetail; problems: UploadProblem[] }) {
  const t = useT();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const [refused, setRefused] = useState<UploadProblem[]>(problems);
  const [busy, setBusy] = useState(false);
  const canAdd = concern.mine && concern.state === 'submitted';
  const add = async (files: File[]) => {
    setBusy(true);
    setRefused(await uploadAll(files, (f) => uploadConcernAttachment(concern.id, f)));
    await qc.invalidateQueries({ queryKey: concernKeys.detail(concern.id) });
    setBusy(false);
  };
  return (
    <Flex vertical gap={8} data-testid="concern-attachments">
      <FilesRefused problems={refused} onClose={() => setRefused([])} />
      {concern.attachments.length ? (
        <List
          size="small"
          dataSource={concern.attachments}
          renderItem={(a) => (
            <List.Item
              actions={[
                <DownloadFileButton
                  key="download"
                  onClick={() => downloadConcernAttachment(concern.id, a.id, a.fileName).catch((err) => onError(err))}
                />,
              ]}
            >
              <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                {a.fileName}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {formatFileSize(a.sizeBytes)} · {formatDateTime(a.createdAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('concern.noAttachments')}</Typography.Text>
      )}
      {canAdd ? <AddFilesButton busy={busy} onAdd={(files) => void add(files)} /> : null}
    </Flex>
  );
}
