import { useCallback } from 'react';
import { ENUM_LABELS, type EnumName } from '../../../contracts/registry-enums.ts';
import { useLang } from '../../app/i18n/index.tsx';

type Code<E extends EnumName> = keyof (typeof ENUM_LABELS)[E] & string;

/** The registry's enumerations in the chosen language, from the contract's one table. */
export function useEnumLabel(): <E extends EnumName>(name: E, code: Code<E>) => string {
  const { lang } = useLang();
  return useCallback(
    <E extends EnumName>(name: E, code: Code<E>) =>
      (ENUM_LABELS[name] as Record<string, Record<typeof lang, string>>)[code]?.[lang] ?? code,
    [lang],
  );
}

/** Select options for an enumeration, in its declared order. */
export function useEnumOptions(): <E extends EnumName>(
  name: E,
  codes: readonly Code<E>[],
) => { value: Code<E>; label: string }[] {
  const label = useEnumLabel();
  return useCallback(
    <E extends EnumName>(name: E, codes: readonly Code<E>[]) => codes.map((c) => ({ value: c, label: label(name, c) })),
    [label],
  );
}
