import { UploadOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { ImportFlow } from '../ImportFlow.tsx';
import { downloadOnlineTemplate, importOnlineHours } from './api.ts';

/**
 * 导入线上学习学时: a learning platform's CSV or xlsx export; 检查 (dry run) lists
 * every row error and what would change; 导入 writes all rows or none.
 */
export function OnlineImportModal({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const t = useT();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t('trn.rec.online.importTitle')}
      onCancel={onClose}
      footer={null}
      maskClosable={false}
      width={720}
    >
      <Typography.Paragraph type="secondary">{t('trn.rec.online.importHint')}</Typography.Paragraph>
      <ImportFlow
        accept=".csv,.xlsx"
        run={importOnlineHours}
        keys={{
          pickFile: 'trn.rec.online.pickFile',
          check: 'trn.rec.online.check',
          commit: 'trn.rec.online.commit',
          ready: 'trn.rec.online.checkOk',
          committed: 'trn.rec.online.committed',
          errors: 'trn.rec.online.checkErrors',
          row: 'trn.rec.online.row',
          column: 'trn.rec.online.column',
          problem: 'trn.rec.online.problem',
        }}
        testIds={{
          file: 'online-import-file',
          commit: 'online-import-commit',
          committed: 'online-import-committed',
          errors: 'online-import-errors',
        }}
        fileIcon={<UploadOutlined />}
        after={
          <Button type="link" onClick={() => void downloadOnlineTemplate().catch((e: unknown) => onError(e))}>
            {t('trn.rec.online.template')}
          </Button>
        }
        actionsJustify="flex-end"
        onCommitted={onDone}
      />
    </Modal>
  );
}
