import { Tag } from 'antd';
import type { EnrolmentStatus, ProgramKind, TrainingMethod } from '../../../contracts/training.ts';
import { useT } from '../../app/i18n/index.tsx';

const STATUS_COLOR: Record<EnrolmentStatus, string> = { invited: 'default', attended: 'green', absent: 'orange' };

/** 待签到 / 出席 / 缺席. */
export function StatusTag({ status }: { status: EnrolmentStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={`enrolment-status-${status}`}>
      {t(`trn.status.${status}`)}
    </Tag>
  );
}

export function MethodTag({ method }: { method: TrainingMethod }) {
  const t = useT();
  return <Tag color={method === 'online' ? 'cyan' : 'blue'}>{t(`trn.method.${method}`)}</Tag>;
}

export function ProgramKindTag({ kind }: { kind: ProgramKind }) {
  const t = useT();
  return (
    <Tag color={kind === 'rotation' ? 'geekblue' : kind === 'special' ? 'purple' : 'default'}>
      {t(`trn.programKind.${kind}`)}
    </Tag>
  );
}

/** 集中培训: what counts for a secretary's yearly and a new secretary's training. */
export function CentralizedTag({ centralized }: { centralized: boolean }) {
  const t = useT();
  return centralized ? <Tag color="red">{t('trn.centralized')}</Tag> : null;
}
