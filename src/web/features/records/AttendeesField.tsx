import { CloseOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Input, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { RemoteSelect, useRemoteSearch } from '../../app/RemoteSelect.tsx';
import { listPeople, peopleKeys } from '../people/api.ts';
import { personOption } from '../people/PersonSelect.tsx';
import type { AttendeeValue } from './formValues.ts';

/**
 * 参加人员: people loaded from the unit at once (members or all staff) or found by
 * name; each marked present or absent, absentees with a reason at branch meetings.
 */
export function AttendeesField({
  value,
  onChange,
  unitId,
  askReasons,
}: {
  value?: AttendeeValue[];
  onChange?: (v: AttendeeValue[]) => void;
  /** The unit whose people are offered for loading. */
  unitId: number | null;
  askReasons: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const list = value ?? [];
  const search = useRemoteSearch();
  const { q } = search;
  const [loading, setLoading] = useState(false);
  const found = useQuery({
    queryKey: [...peopleKeys.search(q), 'attendees'],
    queryFn: () => listPeople({ q }, 1, 20, false),
    enabled: q.length > 0,
  });
  const has = new Set(list.map((a) => a.personId));
  const add = (people: { id: number; name: string }[]) => {
    const fresh = people.filter((p) => !has.has(p.id)).map((p) => ({ personId: p.id, name: p.name, present: true }));
    onChange?.([...list, ...fresh]);
    return fresh.length;
  };
  const load = async (membersOnly: boolean) => {
    if (!unitId) return;
    setLoading(true);
    try {
      const page = await listPeople(
        { unitId, partyStatus: membersOnly ? 'member' : undefined, employmentStatus: 'active' },
        1,
        200,
        false,
      );
      const n = add(page.items);
      void message.info(t('record.attendeesLoaded', { count: n }));
    } catch (err) {
      onError(err);
    } finally {
      setLoading(false);
    }
  };
  const set = (i: number, patch: Partial<AttendeeValue>) =>
    onChange?.(list.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const present = list.filter((a) => a.present).length;
  return (
    <Flex vertical gap={8} data-testid="attendees">
      <Flex gap={8} wrap>
        <Button icon={<TeamOutlined />} disabled={!unitId} loading={loading} onClick={() => void load(true)}>
          {t('record.loadMembers')}
        </Button>
        <Button disabled={!unitId} loading={loading} onClick={() => void load(false)}>
          {t('record.loadStaff')}
        </Button>
      </Flex>
      <RemoteSelect<number | null>
        value={null}
        onChange={(id) => {
          const p = found.data?.items.find((x) => x.id === id);
          if (p) add([p]);
          search.setText('');
        }}
        search={search}
        fetching={found.isFetching}
        idleHint={t('person.typeToSearch')}
        options={(found.data?.items ?? []).map((p) => ({ ...personOption(t, p), disabled: has.has(p.id) }))}
        placeholder={t('record.addAttendee')}
      />
      {list.length ? (
        <Typography.Text type="secondary" data-testid="attendees-count">
          {t('record.attendeesCount', { present, total: list.length })}
        </Typography.Text>
      ) : null}
      {list.map((a, i) => (
        <div key={a.personId} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 6 }}>
          <Flex align="center" gap={8}>
            <Typography.Text style={{ flex: 1, minWidth: 0 }} ellipsis>
              {a.name}
            </Typography.Text>
            <Switch
              checked={a.present}
              onChange={(on) => set(i, { present: on })}
              checkedChildren={t('record.present')}
              unCheckedChildren={t('record.absent')}
            />
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={t('record.removeAttendee')}
              onClick={() => onChange?.(list.filter((_, j) => j !== i))}
            />
          </Flex>
          {!a.present && askReasons ? (
            <Input
              value={a.absenceReason ?? ''}
              onChange={(e) => set(i, { absenceReason: e.target.value })}
              placeholder={t('record.absenceReason')}
              maxLength={200}
              style={{ marginTop: 4 }}
            />
          ) : null}
        </div>
      ))}
    </Flex>
  );
}
