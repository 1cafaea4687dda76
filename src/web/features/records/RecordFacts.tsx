import { Tag } from 'antd';
import type { RecordDetail } from '../../../contracts/records.ts';
import { Facts } from '../../app/Facts.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useActionLabel } from './labels.ts';

/** What, when, where, how, by whom. */
export function RecordFacts({ record }: { record: RecordDetail }) {
  const t = useT();
  const label = useActionLabel();
  return (
    <Facts
      items={[
        { key: 'kind', label: t('record.kind'), children: <Tag color="red">{label('actionKind', record.kind)}</Tag> },
        { key: 'occurredAt', label: t('record.occurredAt'), children: formatDateTime(record.occurredAt) },
        { key: 'unit', label: t('record.unit'), children: record.unit.name },
        { key: 'mode', label: t('record.mode'), children: label('recordMode', record.mode) },
        ...(record.pairing
          ? [
              {
                key: 'pairing',
                label: t('record.pairing'),
                children: `${record.pairing.schemeName} · ${record.pairing.holderName} → ${record.pairing.targetName}`,
              },
            ]
          : []),
        ...(record.partyOrg ? [{ key: 'org', label: t('record.partyOrg'), children: record.partyOrg.name }] : []),
        { key: 'personTimes', label: t('record.personTimes'), children: record.personTimes },
        {
          key: 'author',
          label: t('record.author'),
          children: `${record.author.name} · ${formatDateTime(record.createdAt)}`,
        },
      ]}
    />
  );
}
