// A total pinned to an actual re-anchors its parts in that year (anchorActual: 市场主体 2025 rescales 注册企业数
// and 个体工商户数). Whatever else reads a part in the same year must then be computed after the total, or it
// keeps the part's value from before the rescale: 注册企业净增数 read 67,232 beside a stock that had become
// 112,402, and the same year's 拥有企业数增长 contradicted 新增注册企业 on one quantity. So each same-year
// reader of a sum's part is ordered after the sum — where that does not make a loop (the sum reads it).

/**
 * `deps`: each indicator's same-year reads; `sums`: each sum's id → its parts. Returns deps with the extra
 * edges (a new map; `deps` is not changed).
 */
export function readersAfterSums(
  deps: ReadonlyMap<string, ReadonlySet<string>>,
  sums: ReadonlyMap<string, readonly string[]>,
): Map<string, Set<string>> {
  const out = new Map([...deps].map(([id, reads]) => [id, new Set(reads)]));
  for (const [sum, parts] of sums) {
    const upstream = reachable(out, sum);
    for (const [reader, reads] of out) {
      if (reader === sum || upstream.has(reader)) continue;
      if (parts.some((p) => reads.has(p))) reads.add(sum);
    }
  }
  return out;
}

/** Every indicator `id` reads, directly or through others, in the same year. */
function reachable(deps: ReadonlyMap<string, ReadonlySet<string>>, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(deps.get(id) ?? [])];
  while (stack.length > 0) {
    const d = stack.pop()!;
    if (seen.has(d)) continue;
    seen.add(d);
    for (const next of deps.get(d) ?? []) stack.push(next);
  }
  return seen;
}
