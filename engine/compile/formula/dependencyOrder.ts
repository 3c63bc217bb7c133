// Orders indicators so that each is computed after every indicator it reads in the same year. prev()
// references do not constrain the order (last year is already known). A cycle is reported by its members,
// in the order they depend on each other, so the planner sees the loop: a → b → c → a.

export type OrderResult = { ok: true; order: string[] } | { ok: false; cycle: string[] };

/** `deps` maps each node to the nodes it reads in the same year (unknown names are ignored). */
export function dependencyOrder(deps: ReadonlyMap<string, Iterable<string>>): OrderResult {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string): string[] | null => {
    const s = state.get(id);
    if (s === 'done') return null;
    if (s === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const d of deps.get(id) ?? []) {
      if (!deps.has(d)) continue;
      const cycle = visit(d);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    order.push(id);
    return null;
  };

  for (const id of deps.keys()) {
    const cycle = visit(id);
    if (cycle) return { ok: false, cycle };
  }
  return { ok: true, order };
}
