import { BulbOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';

/** 提出意见建议 from a visit record: the new concern links to the record and its unit. */
export function RaiseFromRecordButton({ recordId, unitId }: { recordId: number; unitId: number }) {
  const t = useT();
  const me = useMe();
  if (!me.permissions.includes('concerns.raise')) return null;
  return (
    <Link to={`/concerns/new?recordId=${recordId}&unitId=${unitId}`}>
      <Button icon={<BulbOutlined />} data-testid="record-raise-concern">
        {t('concern.raise')}
      </Button>
    </Link>
  );
}
