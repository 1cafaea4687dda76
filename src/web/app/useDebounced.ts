import { useEffect, useState } from 'react';

/** Waits until typing pauses, so a search is one request, not one per key. */
export function useDebounced(value: string, ms: number): string {
  const [out, setOut] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setOut(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return out;
}
