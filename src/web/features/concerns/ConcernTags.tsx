import { Tag } from 'antd';
import type { Concern } from '../../../contracts/concerns.ts';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { KIND_COLORS, STATE_COLORS, useConcernNames } from './labels.ts';

export function KindTag({ kind }: { kind: Concern['kind'] }) {
  const names = useConcernNames();
  return <Tag color={KIND_COLORS[kind]}>{names.kind(kind)}</Tag>;
}

export function StateTag({ state }: { state: Concern['state'] }) {
  const names = useConcernNames();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="concern-state" data-state={state}>
      {names.state(state)}
    </Tag>
  );
}

/** The due date, with a red 逾期 when it has passed while the concern is still open. */
export function DueDate({ concern }: { concern: Pick<Concern, 'dueOn' | 'overdue'> }) {
  const t = useT();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {concern.dueOn ? formatDate(concern.dueOn) : '—'}
      {concern.overdue ? (
        <Tag color="red" style={{ marginInlineStart: 6 }} data-testid="concern-overdue">
          {t('concern.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}
