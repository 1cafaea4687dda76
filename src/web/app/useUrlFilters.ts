import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';

/**
 * A list's filters kept in the address, so a figure can link to its list and
 * a list can be bookmarked or shared. Each value is checked with the contract's
 * schema for that filter; a value the schema refuses is ignored. Other query
 * parameters (a tab, say) are left as they are.
 */
export function useUrlFilters<Shape extends z.ZodRawShape, K extends keyof Shape & string>(
  shape: Shape,
  keys: readonly K[],
): [Partial<{ [P in K]: z.output<Shape[P]> }>, (next: Partial<{ [P in K]: unknown }>) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => {
    const current = new URLSearchParams(search);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const raw = current.get(key);
      if (raw === null || raw === '') continue;
      const parsed = (shape[key] as z.ZodType).safeParse(raw);
      if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
    }
    return out as Partial<{ [P in K]: z.output<Shape[P]> }>;
  }, [search, shape, keys]);
  const setFilters = useCallback(
    (next: Partial<{ [P in K]: unknown }>) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          for (const key of keys) {
            const v = next[key];
            if (v === undefined || v === null || v === '') out.delete(key);
            else out.set(key, String(v));
          }
          return out;
        },
        { replace: true },
      ),
    [setParams, keys],
  );
  return [filters, setFilters];
}

/**
 * A list page's filters in the address (`useUrlFilters`), `set` to change some
 * of them, and `panel` for its FilterPanel: how many are set besides the search
 * box (`q`), and a reset that clears them all but the search.
 */
export function useListFilters<Shape extends z.ZodRawShape, K extends keyof Shape & string>(
  shape: Shape,
  keys: readonly K[],
) {
  const [filters, setFilters] = useUrlFilters(shape, keys);
  const set = (patch: typeof filters) => setFilters({ ...filters, ...patch });
  const active = keys.filter((k) => k !== 'q' && filters[k] !== undefined).length;
  const search = (filters as { q?: unknown }).q;
  const onReset = () => setFilters({ q: search } as Partial<{ [P in K]: unknown }>);
  return { filters, set, panel: { active, onReset } };
}
