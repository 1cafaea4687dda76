import dayjs, { type Dayjs } from 'dayjs';
import {
  type ActionKind,
  BRANCH_MEETING_KINDS,
  type RecordMode,
  STANDARD_ITEMS,
  type StandardItem,
} from '../../../contracts/actions.ts';
import type { CreateRecordBody, RecordDetail } from '../../../contracts/records.ts';

export interface AttendeeValue {
  personId: number;
  name: string;
  present: boolean;
  absenceReason?: string | null;
}

export type StandardItemsValue = Record<StandardItem, { done: boolean; note?: string | null }>;

/** What the record is about: a pairing, a party org or a unit. */
export interface TargetValue {
  type: 'pairing' | 'party_org' | 'unit';
  id: number | null;
}

export interface RecordFormValues {
  kind: ActionKind;
  occurredAt: Dayjs;
  mode: RecordMode;
  target: TargetValue;
  title: string;
  attendees: AttendeeValue[];
  content?: string | null;
  outcomes?: string | null;
  standardItems: StandardItemsValue;
}

/** The same values as a draft keeps them (a date as text). */
export type RecordDraft = Omit<RecordFormValues, 'occurredAt'> & { occurredAt: string | null };

export const emptyStandardItems = (): StandardItemsValue =>
  Object.fromEntries(STANDARD_ITEMS.map((k) => [k, { done: false, note: null }])) as StandardItemsValue;

export const isBranchMeeting = (kind: ActionKind | undefined) => !!kind && BRANCH_MEETING_KINDS.includes(kind);

export function toDraft(v: RecordFormValues): RecordDraft {
  return { ...v, occurredAt: v.occurredAt ? v.occurredAt.toISOString() : null };
}

export function fromDraft(d: RecordDraft): RecordFormValues {
  return { ...d, occurredAt: d.occurredAt ? dayjs(d.occurredAt) : dayjs() };
}

const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** The request body: the target as the one id it is, the items only for a monthly meeting. */
export function toBody(v: RecordFormValues): CreateRecordBody {
  const target = v.target ?? { type: 'unit', id: null };
  return {
    kind: v.kind,
    occurredAt: v.occurredAt.format('YYYY-MM-DDTHH:mm:ssZ'),
    mode: v.mode,
    ...(target.type === 'pairing' ? { pairingId: target.id } : {}),
    ...(target.type === 'party_org' ? { partyOrgId: target.id } : {}),
    ...(target.type === 'unit' ? { unitId: target.id } : {}),
    title: v.title?.trim() ?? '',
    content: text(v.content),
    outcomes: text(v.outcomes),
    standardItems:
      v.kind === 'monthly_meeting'
        ? (Object.fromEntries(
            STANDARD_ITEMS.map((k) => [
              k,
              { done: !!v.standardItems?.[k]?.done, note: text(v.standardItems?.[k]?.note) },
            ]),
          ) as StandardItemsValue)
        : null,
    attendees: (v.attendees ?? []).map((a) => ({
      personId: a.personId,
      present: a.present,
      absenceReason: a.present ? null : text(a.absenceReason),
    })),
  };
}

/** A saved record as form values (for editing). */
export function fromRecord(r: RecordDetail): RecordFormValues {
  const target: TargetValue = r.pairing
    ? { type: 'pairing', id: r.pairing.id }
    : r.partyOrg
      ? { type: 'party_org', id: r.partyOrg.id }
      : { type: 'unit', id: r.unit.id };
  return {
    kind: r.kind,
    occurredAt: dayjs(r.occurredAt),
    mode: r.mode,
    target,
    title: r.title,
    attendees: r.attendees.map((a) => ({
      personId: a.personId,
      name: a.name,
      present: a.present,
      absenceReason: a.absenceReason,
    })),
    content: r.content,
    outcomes: r.outcomes,
    standardItems: r.standardItems ?? emptyStandardItems(),
  };
}

/** Server field paths → the form's fields. */
export function mapRecordField(field: string): string {
  if (field === 'pairingId' || field === 'partyOrgId' || field === 'unitId') return 'target';
  if (field.startsWith('attendees') || field === 'presenterId') return 'attendees';
  if (field.startsWith('standardItems')) return 'standardItems';
  return field;
}

export const RECORD_FORM_FIELDS = [
  'kind',
  'occurredAt',
  'mode',
  'target',
  'title',
  'attendees',
  'content',
  'outcomes',
  'standardItems',
] as const;
