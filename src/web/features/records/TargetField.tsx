import { Flex, Segmented, Typography } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { PairingSelect } from '../pairings/PairingSelect.tsx';
import { PartyOrgSelect } from '../party-orgs/PartyOrgSelect.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import type { TargetValue } from './formValues.ts';
import type { TargetInfo } from './useTargetInfo.ts';

/**
 * 记录对象: fixed (and only shown) when the form was opened for a pairing or an
 * org; otherwise chosen as a pairing, a party org or a unit.
 */
export function TargetField({
  value,
  onChange,
  locked,
  info,
}: {
  value?: TargetValue;
  onChange?: (v: TargetValue) => void;
  locked: boolean;
  info: TargetInfo | null;
}) {
  const t = useT();
  const me = useMe();
  const current = value ?? { type: 'pairing', id: null };
  if (locked) {
    return (
      <div data-testid="record-target">
        <Typography.Text strong>{info?.name ?? '…'}</Typography.Text>
        {info ? (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {info.detail}
          </Typography.Text>
        ) : null}
      </div>
    );
  }
  return (
    <Flex vertical gap={8}>
      <Segmented<TargetValue['type']>
        value={current.type}
        onChange={(type) => onChange?.({ type, id: null })}
        options={[
          { value: 'pairing', label: t('record.target.pairing') },
          { value: 'party_org', label: t('record.target.partyOrg') },
          { value: 'unit', label: t('record.target.unit') },
        ]}
      />
      {current.type === 'pairing' ? (
        <PairingSelect
          value={current.id}
          onChange={(id) => onChange?.({ type: 'pairing', id })}
          personId={me.account.personId}
        />
      ) : current.type === 'party_org' ? (
        <PartyOrgSelect value={current.id} onChange={(id) => onChange?.({ type: 'party_org', id })} />
      ) : (
        <UnitTreeSelect
          value={current.id}
          onChange={(id) => onChange?.({ type: 'unit', id: id ?? null })}
          placeholder={t('unit.pickerPlaceholder')}
        />
      )}
      {info ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {info.detail}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
