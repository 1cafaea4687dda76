import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../app/i18n/index.tsx';
import { listSchemes, schemeKeys } from '../schemes/api.ts';

/** Which figures: a scheme's, or (no scheme) the party orgs' own rules such as 三会一课. */
export function SchemeTrackSelect({
  value,
  onChange,
  style,
}: {
  value: number | undefined;
  onChange: (schemeId: number | undefined) => void;
  style?: CSSProperties;
}) {
  const t = useT();
  const schemes = useQuery({ queryKey: schemeKeys.all, queryFn: listSchemes });
  return (
    <Select<number>
      value={value ?? 0}
      onChange={(v) => onChange(v || undefined)}
      loading={schemes.isLoading}
      options={[
        { value: 0, label: t('compliance.partyOrgTrack') },
        ...(schemes.data ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name })),
      ]}
      style={{ width: 240, ...style }}
      popupMatchSelectWidth={false}
      data-testid="compliance-scheme"
    />
  );
}
