// Whether a cell (one indicator, one year, all paths) is NaN on every path: an indicator awaiting its base
// (基期待补). Such a cell has NaN quantiles (YearSummaries) and no path meeting a target (targetStats). A cell in
// the scratch's memory (a workspace's cells) is scanned in WebAssembly, eight values a test
// (histogramLoops.ts): 2.4 ns a value in JavaScript, and a 10,000-path Yaohai run to 2035 has 592 such cells.
import type { QuantileScratch } from './quantilesInto.ts';

export function cellAllNaN(values: Float64Array, from: number, n: number, scratch: QuantileScratch): boolean {
  if (!Number.isNaN(values[from]!)) return false;
  if (scratch.memory?.buffer === values.buffer)
    return scratch.loops.allNaN(values.byteOffset + 8 * from, n) === 1;
  for (let i = from; i < from + n; i++) if (!Number.isNaN(values[i]!)) return false;
  return n > 0;
}
