// Targets a plan states as a comparison without a figure (农村居民收入增速快于城镇居民, 居民收入增长和经济增长基本
// 同步): the quantity reader takes figures only, so such a clause vanished from the review without a word (a
// tester's came back only from the spreadsheet, as 定性). They are said by line, for the planner to keep as a
// qualitative target or to leave.

export interface Comparison {
  /** Offset of the clause in the text. */
  offset: number;
  /** The clause as printed. */
  text: string;
}

// …and a task set from above (单位GDP二氧化碳排放降低完成省下达任务), which has no figure of the plan's own.
const COMPARES = /快于|慢于|高于|低于|优于|领先于|同步|持平|超过[^，。；;,]*平均|完成[省市上级]*下达/;
const CLAUSE = /[^，。；;,\n]+/g;

/** Clauses with a comparison word and no figure, in the lines `lines` (0-based) that state targets. */
export function findComparisons(text: string, lines: ReadonlySet<number>): Comparison[] {
  const out: Comparison[] = [];
  let line = 0;
  let lineStart = 0;
  for (const m of text.matchAll(CLAUSE)) {
    while (true) {
      const next = text.indexOf('\n', lineStart);
      if (next < 0 || next >= m.index) break;
      line++;
      lineStart = next + 1;
    }
    const clause = m[0].trim();
    if (!lines.has(line) || /\d/.test(clause) || !COMPARES.test(clause)) continue;
    out.push({ offset: m.index + (m[0].length - m[0].trimStart().length), text: clause });
  }
  return out;
}
