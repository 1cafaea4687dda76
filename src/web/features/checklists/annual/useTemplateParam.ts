import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The chosen checklist template lives in the address (?templateId=), so a page can be linked. */
export function useTemplateParam(): [number | undefined, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('templateId'));
  const value = Number.isInteger(raw) && raw > 0 ? raw : undefined;
  const set = useCallback(
    (id: number) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('templateId', String(id));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [value, set];
}
