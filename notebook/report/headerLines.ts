// A verdict-table header as the report prints it: a Chinese header of more than four characters in two lines,
// broken between words (已实现/年均增速, not 已实现年/均增速), so that twelve characters on one line
// (最新实际至目标年所需增速) no longer take the room the verdict sentence wraps in. English headers and short
// Chinese ones stay whole (完成进/度 must not break), as columnWidths keeps them.
import { CJK, textEms } from './textEms.ts';

/** Words of the evaluation's headers that a break must not split. */
const WORDS = new Set([
  '实现',
  '年均',
  '增速',
  '规划',
  '要求',
  '达成',
  '最新',
  '实际',
  '目标',
  '所需',
  '进度',
  '概率',
  '路径',
  '综合',
  '判断',
  '依据',
  '评估',
  '结论',
  '基期',
  '完成',
  '时间',
  '增长',
  '还需',
  '达成率',
  '进度比',
]);

export function headerLines(header: string): string[] {
  const chars = [...header];
  if (!CJK.test(header) || textEms(header) <= 4) return [header];
  let best: string[] = [header];
  let bestWidth = Number.POSITIVE_INFINITY;
  for (let i = 2; i <= chars.length - 2; i++) {
    // Never inside a word of the list, nor beside a space or a Latin letter (增速达成率 R stays 达成率 R).
    if (inWord(header, chars, i) || !CJK.test(chars[i - 1]!) || !CJK.test(chars[i]!)) continue;
    const lines = [chars.slice(0, i).join(''), chars.slice(i).join('')];
    const width = Math.max(...lines.map(textEms));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** Whether a break before character i falls inside one of the words. */
function inWord(header: string, chars: string[], i: number): boolean {
  const at = chars.slice(0, i).join('').length;
  for (const w of WORDS)
    for (let k = header.indexOf(w); k >= 0; k = header.indexOf(w, k + 1))
      if (k < at && at < k + w.length) return true;
  return false;
}
