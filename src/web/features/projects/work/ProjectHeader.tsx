import { StarFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../../../contracts/project-work.ts';
import { Facts } from '../../../app/Facts.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { fmtNumber, kindName, PHASE_COLORS, phaseName, proposerName, STATUS_COLORS, statusName } from './labels.ts';

/** The kind, phase and status tags (and the exemplary star) shown next to the project's title. */
export function ProjectTags({ project }: { project: ProjectDetail }) {
  const t = useT();
  return (
    <>
      <Tag color="blue">{kindName(t, project.campaign.kind)}</Tag>
      <Tag color={PHASE_COLORS[project.campaign.phase]}>{phaseName(t, project.campaign.phase)}</Tag>
      <Tag color={STATUS_COLORS[project.status]} data-testid="project-status" data-status={project.status}>
        {statusName(t, project.status)}
      </Tag>
      {project.exemplary ? (
        <Tag color="gold" icon={<StarFilled />} data-testid="project-exemplary">
          {t('prw.exemplary')}
        </Tag>
      ) : null}
    </>
  );
}

/** Who proposed and leads the project, in which campaign, and its scores so far. */
export function ProjectHeader({ project, linkCampaign = true }: { project: ProjectDetail; linkCampaign?: boolean }) {
  const t = useT();
  const sep = t('common.listSeparator');
  // Campaign names usually carry their year already (2026年"书记领题"活动).
  const { name, year } = project.campaign;
  const campaign = name.includes(String(year)) ? name : `${year} ${name}`;
  const items = [
    {
      key: 'campaign',
      label: t('prw.campaign'),
      children: linkCampaign ? <Link to={`/projects/campaigns/${project.campaign.id}`}>{campaign}</Link> : campaign,
    },
    { key: 'proposer', label: t('prw.proposer'), children: proposerName(project.proposer) },
    { key: 'leader', label: t('prw.leader'), children: project.leader.name },
    {
      key: 'members',
      label: t('prw.members'),
      children: project.members.length ? project.members.map((m) => m.name).join(sep) : t('common.none'),
    },
    { key: 'guide', label: t('prw.guide'), children: project.guide?.name ?? '—' },
    ...(project.theme ? [{ key: 'theme', label: t('prw.theme'), children: project.theme }] : []),
    { key: 'submittedAt', label: t('prw.submittedAt'), children: formatDateTime(project.submittedAt) },
    ...(project.decidedAt
      ? [{ key: 'decidedAt', label: t('prw.decidedAt'), children: formatDateTime(project.decidedAt) }]
      : []),
    {
      key: 'reviewScore',
      label: t('prw.reviewScore'),
      children: project.reviewScore === null ? t('prw.noScore') : fmtNumber(project.reviewScore),
    },
    {
      key: 'evaluationScore',
      label: t('prw.evaluationScore'),
      children: project.evaluationScore === null ? t('prw.noScore') : fmtNumber(project.evaluationScore),
    },
    ...(project.exemplary
      ? [
          {
            key: 'exemplary',
            label: t('prw.exemplary'),
            span: 'filled' as const,
            children: (
              <Typography.Text>
                <StarFilled style={{ color: '#faad14', marginInlineEnd: 6 }} />
                {project.exemplaryNote ?? ''}
              </Typography.Text>
            ),
          },
        ]
      : []),
  ];
  return <Facts items={items} />;
}
