import { Button, Card, Descriptions, Flex, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CommitteeSeat, PartyOrgDetail } from '../../../contracts/party-orgs.ts';
import { withQuery } from '../../app/api/client.ts';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { PersonDrawer } from '../people/PersonDrawer.tsx';
import { CommitteeTable } from './CommitteeTable.tsx';
import { AppointModal, EndSeatModal, PartyOrgFormModal } from './PartyOrgModals.tsx';
import { PartyOrgKindTag, TermTag, termRange } from './TermTag.tsx';

/**
 * One party org: its facts, members (opening the people list of the org), the
 * sitting committee and former seats; 编辑 / 任命委员 / 离任 for managers.
 * `onStale` reloads the org after someone else changed it.
 */
export function PartyOrgView({
  org,
  onStale,
  showHistory = true,
  titleLink = false,
  asPage = false,
}: {
  org: PartyOrgDetail;
  onStale: () => void;
  showHistory?: boolean;
  /** On a unit's page the org's name links to its own page. */
  titleLink?: boolean;
  /** On the org's own page the name and tags are the page's title; the card holds the facts. */
  asPage?: boolean;
}) {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const canManage = me.permissions.includes('registry.manage');
  const [person, setPerson] = useState<number | null>(null);
  const [open, setOpen] = useState<'edit' | 'appoint' | null>(null);
  const [ending, setEnding] = useState<CommitteeSeat | null>(null);
  const membersLink = withQuery('/people', { partyOrgId: org.id, partyStatus: 'member' });

  return (
    <Space direction="vertical" size={16} style={{ display: 'flex' }}>
      <Card
        size="small"
        title={
          asPage ? (
            t('partyOrg.facts')
          ) : (
            <Flex gap={8} align="center" wrap>
              {titleLink ? <Link to={`/party-orgs/${org.id}`}>{org.name}</Link> : <span>{org.name}</span>}
              <PartyOrgKindTag kind={org.kind} />
              <TermTag status={org.termStatus} />
            </Flex>
          )
        }
        extra={
          canManage ? (
            <Space size={8} wrap>
              <Button size="small" onClick={() => setOpen('edit')}>
                {t('partyOrg.edit')}
              </Button>
              <Button size="small" type="primary" onClick={() => setOpen('appoint')}>
                {t('committee.appoint')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Descriptions column={compact ? 1 : 2} size="small" styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={t('partyOrg.code')}>{org.code}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrg.unit')}>
            <Link to={`/units/${org.unit.id}`}>{org.unit.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrg.parent')}>
            {org.parent ? <Link to={`/party-orgs/${org.parent.id}`}>{org.parent.name}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrg.secretary')}>{org.secretary?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrg.term')}>{termRange(org.termStart, org.termEnd)}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrg.memberCount')}>
            <Link to={membersLink} data-testid="party-org-members">
              {t('partyOrg.membersOpen', { count: org.memberCount })}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrg.foundedOn')}>{formatDate(org.foundedOn)}</Descriptions.Item>
          {org.dissolvedOn ? (
            <Descriptions.Item label={t('partyOrg.dissolvedOn')}>{formatDate(org.dissolvedOn)}</Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card size="small" title={t('committee.title')}>
        <CommitteeTable
          seats={org.committee}
          onPerson={setPerson}
          onEnd={canManage ? setEnding : undefined}
          testId="committee"
        />
      </Card>
      {showHistory ? (
        <Card size="small" title={t('committee.historyTitle')}>
          <CommitteeTable seats={org.committeeHistory} onPerson={setPerson} testId="committee-history" />
        </Card>
      ) : null}
      {person !== null ? <PersonDrawer id={person} initialReveal={false} onClose={() => setPerson(null)} /> : null}
      {open === 'edit' ? (
        <PartyOrgFormModal org={org} onClose={() => setOpen(null)} onDone={() => setOpen(null)} />
      ) : null}
      {open === 'appoint' ? (
        <AppointModal
          org={org}
          onClose={() => setOpen(null)}
          onStale={() => {
            setOpen(null);
            onStale();
          }}
        />
      ) : null}
      {ending ? (
        <EndSeatModal
          org={org}
          seat={ending}
          onClose={() => setEnding(null)}
          onStale={() => {
            setEnding(null);
            onStale();
          }}
        />
      ) : null}
    </Space>
  );
}
