import { useSyncExternalStore } from 'react';

/** Below antd's `md` breakpoint: a phone held upright. */
const QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const mql = window.matchMedia(QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/**
 * True on narrow screens, correct from the first render (antd's useBreakpoint
 * starts empty, and ProTable keeps the first `fixed` it sees for each column).
 */
export function useCompact(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
