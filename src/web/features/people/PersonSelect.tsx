import { PersonPicker } from './PersonPicker.tsx';

export { personOption } from './personOption.ts';

/** One person found by name or employee number; `known` names a preset value (see PersonPicker). */
export function PersonSelect({
  value,
  onChange,
  id,
  membersOnly,
  known,
}: {
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
  membersOnly?: boolean;
  known?: readonly { id: number; name: string }[];
}) {
  return (
    <PersonPicker
      value={value ?? null}
      onChange={(v) => onChange?.(typeof v === 'number' ? v : null)}
      {...(id === undefined ? {} : { id })}
      {...(membersOnly === undefined ? {} : { membersOnly })}
      {...(known === undefined ? {} : { known })}
    />
  );
}
