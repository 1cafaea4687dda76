import { Alert, Button, Modal, Typography } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import type { IssuedPassword } from './api.ts';

/**
 * The issued password, shown exactly once: the server keeps only its hash, so
 * closing this dialog is the last chance to copy it.
 */
export function OneTimePasswordModal({ issued, onClose }: { issued: IssuedPassword; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open
      title={t('account.otpTitle')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('account.otpDone')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        message={t('account.otpWarning', { username: issued.account.username })}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t('account.username')}: <Typography.Text strong>{issued.account.username}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: issued.oneTimePassword, tooltips: [t('account.copy'), t('account.copied')] }}
        style={{ fontSize: 20 }}
      >
        <Typography.Text code data-testid="one-time-password">
          {issued.oneTimePassword}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
