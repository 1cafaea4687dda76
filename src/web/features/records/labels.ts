import { useCallback } from 'react';
import { ACTION_LABELS } from '../../../contracts/actions.ts';
import { useLang } from '../../app/i18n/index.tsx';

type Group = keyof typeof ACTION_LABELS;
type Code<G extends Group> = keyof (typeof ACTION_LABELS)[G] & string;

/** Action kinds, modes, subjects, periods and statuses in the chosen language, from the contract's one table. */
export function useActionLabel(): <G extends Group>(group: G, code: Code<G>) => string {
  const { lang } = useLang();
  return useCallback(
    <G extends Group>(group: G, code: Code<G>) =>
      (ACTION_LABELS[group] as Record<string, Record<typeof lang, string>>)[code]?.[lang] ?? code,
    [lang],
  );
}

/** Select options for one of the groups, in the declared order. */
export function useActionOptions(): <G extends Group>(
  group: G,
  codes: readonly Code<G>[],
) => { value: Code<G>; label: string }[] {
  const label = useActionLabel();
  return useCallback(
    <G extends Group>(group: G, codes: readonly Code<G>[]) => codes.map((c) => ({ value: c, label: label(group, c) })),
    [label],
  );
}
