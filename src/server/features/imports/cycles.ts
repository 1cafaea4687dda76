/**
 * Members of cycles in a parent relation: walking up from each start, a node
 * met again on the same walk closes a loop, and the nodes from there on are in
 * it. Each node is walked once (memoized), so a whole file costs O(n · depth).
 */
export function cycleMembers(starts: Iterable<string>, up: (node: string) => string | null): Set<string> {
  const state = new Map<string, boolean>();
  for (const start of starts) {
    const trail: string[] = [];
    const onTrail = new Set<string>();
    let cur: string | null = start;
    while (cur !== null && !state.has(cur) && !onTrail.has(cur)) {
      trail.push(cur);
      onTrail.add(cur);
      cur = up(cur);
    }
    const loopsAt = cur !== null && onTrail.has(cur) ? trail.indexOf(cur) : -1;
    trail.forEach((node, i) => {
      state.set(node, loopsAt >= 0 && i >= loopsAt);
    });
  }
  return new Set([...state].filter(([, inCycle]) => inCycle).map(([node]) => node));
}
