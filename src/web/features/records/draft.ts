import { useCallback, useMemo } from 'react';

const PREFIX = 'liandian.draft.record.';

function read<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/**
 * What was typed into a record form, kept in localStorage until the record is
 * saved: a closed tab, a dropped connection or a refused save loses nothing.
 */
export function useDraft<T>(key: string): { initial: T | null; save: (values: T) => void; clear: () => void } {
  const initial = useMemo(() => read<T>(key), [key]);
  const save = useCallback(
    (values: T) => {
      try {
        window.localStorage.setItem(PREFIX + key, JSON.stringify(values));
      } catch {
        // Storage full or blocked: the form still works, only the draft is not kept.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing to clear.
    }
  }, [key]);
  return { initial, save, clear };
}
