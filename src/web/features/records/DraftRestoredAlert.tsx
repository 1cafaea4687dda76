import { Alert, Button } from 'antd';
import { useT } from '../../app/i18n/index.tsx';

/** Says a form was refilled from its local draft (`useDraft`), with a button to drop it and start over. */
export function DraftRestoredAlert({ onDiscard }: { onDiscard: () => void }) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('record.draftRestored')}
      action={
        <Button size="small" onClick={onDiscard}>
          {t('record.discardDraft')}
        </Button>
      }
    />
  );
}
