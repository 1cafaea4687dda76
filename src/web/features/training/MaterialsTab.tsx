import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, List, Typography, Upload } from 'antd';
import type { Material, SessionDetail } from '../../../contracts/training.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDateTime, formatFileSize } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { deleteMaterial, downloadMaterial, trainingKeys, uploadMaterial } from './api.ts';

/** 课件资料: everyone in reach downloads; managers upload and delete. */
export function MaterialsTab({ session }: { session: SessionDetail }) {
  const t = useT();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const reload = () => void qc.invalidateQueries({ queryKey: trainingKeys.session(session.id) });
  const add = useMutation({
    mutationFn: (file: File) => uploadMaterial(session.id, file),
    onSuccess: (m) => {
      void message.success(t('trn.material.uploaded', { name: m.fileName }));
      reload();
    },
    onError: (err) => onError(err),
  });
  const remove = useMutation({
    mutationFn: (m: Material) => deleteMaterial(m.id),
    onSuccess: () => {
      void message.success(t('trn.material.deleted'));
      reload();
    },
    onError: (err) => onError(err),
  });
  return (
    <Flex vertical gap={12}>
      {session.can.manage && (
        <Upload
          multiple
          showUploadList={false}
          beforeUpload={(f) => {
            add.mutate(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={add.isPending} data-testid="material-upload">
            {t('trn.material.upload')}
          </Button>
        </Upload>
      )}
      {session.materials.length === 0 ? (
        <Empty description={t('trn.material.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={session.materials}
          data-testid="material-list"
          renderItem={(m) => (
            <List.Item
              actions={[
                <Button
                  key="dl"
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  aria-label={m.fileName}
                  onClick={() => void downloadMaterial(m.id, m.fileName).catch((e: unknown) => onError(e))}
                />,
                ...(session.can.manage
                  ? [
                      <Button
                        key="del"
                        size="small"
                        type="link"
                        danger
                        onClick={() =>
                          modal.confirm({
                            title: t('trn.material.delete'),
                            content: t('trn.material.deleteConfirm', { name: m.fileName }),
                            okButtonProps: { danger: true },
                            onOk: () => remove.mutateAsync(m).catch(() => undefined),
                          })
                        }
                      >
                        {t('trn.material.delete')}
                      </Button>,
                    ]
                  : []),
              ]}
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Link
                  style={{ wordBreak: 'break-all' }}
                  onClick={() => void downloadMaterial(m.id, m.fileName).catch((e: unknown) => onError(e))}
                >
                  <PaperClipOutlined /> {m.fileName}
                </Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatFileSize(m.sizeBytes)} · {t('trn.material.uploadedAt', { at: formatDateTime(m.createdAt) })}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
