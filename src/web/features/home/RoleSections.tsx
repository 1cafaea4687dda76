import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton, Space } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { fetchHome, homeKeys } from './api.ts';
import { ConcernsSection } from './ConcernsSection.tsx';
import { PairingsSection } from './PairingsSection.tsx';
import { SecretarySection } from './SecretarySection.tsx';

/** The sections of what the caller is (GET /api/home); nothing at all for an account that is none of them. */
export function RoleSections() {
  const t = useT();
  const me = useMe();
  const query = useQuery({ queryKey: homeKeys.all, queryFn: fetchHome });
  if (query.isError) return <Alert type="warning" showIcon message={t('common.loadFailed')} />;
  const home = query.data;
  if (!home) return <Skeleton active />;
  if (!home.pairings && !home.concerns && !home.secretary) return null;
  return (
    <Space direction="vertical" size={12} style={{ display: 'flex' }} data-testid="home-sections">
      {home.pairings ? (
        <PairingsSection data={home.pairings} canRaise={me.permissions.includes('concerns.raise')} />
      ) : null}
      {home.concerns ? <ConcernsSection data={home.concerns} handler={me.roles.includes('handler')} /> : null}
      {home.secretary ? <SecretarySection data={home.secretary} /> : null}
    </Space>
  );
}
