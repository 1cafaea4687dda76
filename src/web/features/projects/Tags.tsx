import { Tag } from 'antd';
import type { CampaignKind, CampaignPhase, ProjectStatus } from '../../../contracts/projects.ts';
import { useT } from '../../app/i18n/index.tsx';
import { KIND_COLORS, PHASE_COLORS, STATUS_COLORS } from './labels.ts';

/** A campaign's kind (书记领题 / 支部破题 / 一科一品). */
export function KindTag({ kind }: { kind: CampaignKind }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind]}>{t(`prj.kind.${kind}`)}</Tag>;
}

/** A campaign's phase. */
export function PhaseTag({ phase }: { phase: CampaignPhase }) {
  const t = useT();
  return (
    <Tag color={PHASE_COLORS[phase]} data-testid="phase-tag">
      {t(`prj.phase.${phase}`)}
    </Tag>
  );
}

/** A proposal's status. */
export function StatusTag({ status }: { status: ProjectStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="status-tag">
      {t(`prj.status.${status}`)}
    </Tag>
  );
}
