import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import { useT } from '../../app/i18n/index.tsx';

export const ATTACHMENT_ACCEPT = 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx';
const MB = RECORD_LIMITS.attachmentBytes / 1024 / 1024;

/** Photos and documents chosen before the record exists; they are uploaded right after it is saved. */
export function PendingFiles({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Flex vertical gap={6}>
      <Upload
        multiple
        accept={ATTACHMENT_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          if (file.size > RECORD_LIMITS.attachmentBytes) {
            void message.error(t('record.fileTooLarge', { name: file.name, mb: MB }));
          } else if (files.length >= RECORD_LIMITS.attachmentsPerRecord) {
            void message.error(t('record.tooManyFiles', { count: RECORD_LIMITS.attachmentsPerRecord }));
          } else {
            onChange([...files, file]);
          }
          return false;
        }}
      >
        <Button icon={<PaperClipOutlined />}>{t('record.addFiles')}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('record.filesHint', { mb: MB, count: RECORD_LIMITS.attachmentsPerRecord })}
      </Typography.Text>
      {files.map((f, i) => (
        <Flex key={`${f.name}-${f.size}-${f.lastModified}`} align="center" gap={8}>
          <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
            {f.name}
          </Typography.Text>
          <Button size="small" type="link" onClick={() => onChange(files.filter((_, j) => j !== i))}>
            {t('record.removeFile')}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}
