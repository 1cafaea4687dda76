import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { ATTACHMENT_ACCEPT } from './PendingFiles.tsx';

/**
 * 添加附件 for a saved record or concern: the picked files handed over at once
 * (antd calls `beforeUpload` per file, so the last one passes the whole list);
 * nothing is uploaded by antd itself.
 */
export function AddFilesButton({
  multiple = false,
  busy,
  onAdd,
}: {
  multiple?: boolean;
  busy: boolean;
  onAdd: (files: File[]) => void;
}) {
  const t = useT();
  return (
    <Upload
      multiple={multiple}
      accept={ATTACHMENT_ACCEPT}
      showUploadList={false}
      beforeUpload={(file, list) => {
        if (file === list[list.length - 1]) onAdd(list);
        return false;
      }}
    >
      <Button icon={<PaperClipOutlined />} loading={busy}>
        {t('record.addFiles')}
      </Button>
    </Upload>
  );
}

/** 下载, one attachment of a list (a record's or a concern's). */
export function DownloadFileButton({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <Button type="link" size="small" icon={<DownloadOutlined />} onClick={onClick}>
      {t('record.download')}
    </Button>
  );
}
