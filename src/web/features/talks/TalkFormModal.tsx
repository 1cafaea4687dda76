import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  type DueTalk,
  TALK_KIND_OF_REASON,
  TALK_KINDS,
  type TalkDetail,
  type TalkKind,
} from '../../../contracts/talks.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { PastDatePicker } from '../projects/work/PastDatePicker.tsx';
import { createTalk, talkKeys, updateTalk } from './api.ts';

interface Values {
  initiatorPersonId: number | null;
  counterpartPersonId: number | null;
  occurredOn: Dayjs;
  kind: TalkKind;
  place?: string;
  summary: string;
  followUp?: string;
}

const FIELDS = ['initiatorPersonId', 'counterpartPersonId', 'occurredOn', 'kind', 'place', 'summary', 'followUp'];
const blankToNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/**
 * 记录谈话 (or, given `talk`, its edit): who held it (the signed-in person; any
 * person only for confidential readers), with whom, when, what kind, where,
 * what was said and what follows. Given `due`, the talk fulfils that due talk.
 */
export function TalkFormModal({
  due,
  talk,
  onClose,
  onDone,
}: {
  due?: DueTalk;
  talk?: TalkDetail;
  onClose(): void;
  onDone?(): void;
}) {
  const t = useT();
  const me = useMe();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onBehalf = me.permissions.includes('talks.read_confidential');
  const myPerson = me.account.personId;
  const initial: Partial<Values> = talk
    ? {
        occurredOn: dayjs(talk.occurredOn),
        kind: talk.kind,
        place: talk.place ?? '',
        summary: talk.summary,
        followUp: talk.followUp ?? '',
      }
    : {
        initiatorPersonId: myPerson,
        counterpartPersonId: due?.person.id ?? null,
        occurredOn: dayjs(),
        kind: due ? TALK_KIND_OF_REASON[due.reason] : 'routine',
      };
  const submit = async (v: Values) => {
    const content = {
      occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      kind: v.kind,
      place: blankToNull(v.place),
      summary: v.summary,
      followUp: blankToNull(v.followUp),
    };
    if (talk) return updateTalk(talk.id, { ...content, version: talk.version });
    return createTalk({
      ...content,
      // Fields not on the form (the initiator for most, the due talk's person) come from what they are fixed to.
      initiatorPersonId: (onBehalf ? v.initiatorPersonId : myPerson) ?? 0,
      counterpartPersonId: due?.person.id ?? v.counterpartPersonId ?? 0,
      dueTalkId: due?.id ?? null,
    });
  };
  const mine = myPerson === null ? [] : [{ id: myPerson, name: me.account.displayName }];
  return (
    <FormModal<Values, unknown>
      title={talk ? t('talk.form.editTitle') : t('talk.form.title')}
      okText={t('common.save')}
      width={600}
      initialValues={initial}
      submit={submit}
      onDone={(result) => {
        void message.success(talk ? t('talk.form.updated') : t('talk.form.saved'));
        // The edit answers with the talk itself: showing it needs no second (audited) reading.
        if (talk) qc.setQueryData(talkKeys.detail(talk.id), result);
        void qc.invalidateQueries({ queryKey: talkKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
        onDone?.();
        onClose();
      }}
      onClose={onClose}
      errors={{ fields: FIELDS }}
    >
      <Alert type="info" showIcon message={t('talk.confidentialHint')} style={{ marginBottom: 16 }} />
      {due ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('talk.form.fromDue', {
            person: due.person.name,
            reason: t(`talk.reason.${due.reason}`),
            dueOn: due.dueOn,
          })}
        />
      ) : null}
      {talk ? (
        <>
          <Form.Item label={t('talk.form.initiator')}>
            <Typography.Text>{talk.initiator.name}</Typography.Text>
          </Form.Item>
          <Form.Item label={t('talk.form.counterpart')}>
            <Typography.Text>{talk.counterpart.name}</Typography.Text>
          </Form.Item>
        </>
      ) : (
        <>
          {onBehalf ? (
            <Form.Item
              name="initiatorPersonId"
              label={t('talk.form.initiator')}
              extra={t('talk.form.initiatorHint')}
              rules={[{ required: true }]}
            >
              <PersonSelect known={mine} />
            </Form.Item>
          ) : (
            <Form.Item label={t('talk.form.initiator')}>
              {myPerson === null ? (
                <Alert type="error" showIcon message={t('talk.form.noPerson')} />
              ) : (
                <Typography.Text data-testid="talk-initiator">{me.account.displayName}</Typography.Text>
              )}
            </Form.Item>
          )}
          {due ? (
            <Form.Item label={t('talk.form.counterpart')}>
              <Typography.Text>{due.person.name}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item name="counterpartPersonId" label={t('talk.form.counterpart')} rules={[{ required: true }]}>
              <PersonSelect />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="occurredOn" label={t('talk.form.occurredOn')} rules={[{ required: true }]}>
        <PastDatePicker />
      </Form.Item>
      <Form.Item name="kind" label={t('talk.form.kind')} rules={[{ required: true }]}>
        <Select<TalkKind> options={TALK_KINDS.map((k) => ({ value: k, label: t(`talk.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="place" label={t('talk.form.place')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('talk.form.summary')}
        rules={[{ required: true, whitespace: true, message: t('talk.form.summaryHint') }, { max: 8000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} placeholder={t('talk.form.summaryHint')} />
      </Form.Item>
      <Form.Item name="followUp" label={t('talk.form.followUp')} rules={[{ max: 4000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
