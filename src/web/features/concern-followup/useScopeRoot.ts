import { useMe } from '../../app/session.tsx';

/**
 * The unit the follow-up views start from: the caller's scope root when there
 * is one, else none (the whole of several scope units, as the server reads "no unitId").
 */
export function useScopeRoot(): number | undefined {
  const me = useMe();
  return me.scope.length === 1 ? me.scope[0]?.id : undefined;
}
