import { Tag } from 'antd';
import { CONCERN_STATE_NAMES, CONCERN_STATES, type ConcernState } from '../../../contracts/concerns.ts';
import { useLang } from '../../app/i18n/index.tsx';

const COLORS: Partial<Record<ConcernState, string>> = {
  resolved: 'green',
  closed: 'green',
  rejected: 'default',
  on_agenda: 'purple',
  routed: 'blue',
  accepted: 'blue',
  in_progress: 'processing',
  returned: 'orange',
  reopened: 'orange',
};

const isState = (s: string): s is ConcernState => (CONCERN_STATES as readonly string[]).includes(s);

/** A concern's state now (the committee list asks: did the follow-up happen?). */
export function StateTag({ state }: { state: string }) {
  const { lang } = useLang();
  if (!isState(state)) return <Tag>{state}</Tag>;
  return <Tag color={COLORS[state]}>{CONCERN_STATE_NAMES[state][lang]}</Tag>;
}
