// A cumulative indicator's values that follow from its flow's observations by definition: the running sum
// from the year after the base, for each year every year before it is observed (新增城镇就业 0.52 and 0.49 in
// 2026 and 2027 are 1.01 by 2027). Years are keys ("2027"), as in a scenario's actuals.

export function runningSums(
  flow: Readonly<Record<string, number>> | undefined,
  baseYear: number,
): Record<string, number> | null {
  if (!flow) return null;
  const sums: Record<string, number> = {};
  let sum = 0;
  for (let year = baseYear + 1; flow[String(year)] !== undefined; year++) {
    sum += flow[String(year)]!;
    sums[String(year)] = sum;
  }
  return Object.keys(sums).length > 0 ? sums : null;
}
