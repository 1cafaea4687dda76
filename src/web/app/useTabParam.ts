import { useSearchParams } from 'react-router';

/**
 * The page's tab, kept in the address (?tab=) so a link or a reload opens the
 * same tab: one of `tabs`, else the first. Switching replaces the history
 * entry (tabs are not pages) and keeps the other parameters; the first tab is
 * the address without ?tab=.
 */
export function useTabParam<T extends string>(tabs: readonly T[]): [T, (key: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = tabs.find((k) => k === asked) ?? tabs[0]!;
  const setTab = (key: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (key === tabs[0]) next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );
  return [tab, setTab];
}
