// Finds the headings of a plan's text, with their level, so each figure can say which section it sits in:
//   level 1: 第一章 … / 一、… / a line of its own such as 2024年主要预期目标
//   level 1: 附表 主要指标 / 附表1 … / 附件2 … (an appendix is no part of the chapter before it)
//   level 2: 第一节 … / （一）…          level 3: ——总量发展目标。 / 关键专项一：…
// A heading is the start of a line; when the line goes on with the section's text ("（三）发展目标。到2025年…"),
// the heading is what comes before the first 。 or ：, if that is short.

export interface Heading {
  offset: number;
  level: 1 | 2 | 3;
  title: string;
}

const NUM = '一二三四五六七八九十';
const PATTERNS: { level: 1 | 2 | 3; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^第[${NUM}]+[章篇编]`) },
  { level: 1, re: new RegExp(`^[${NUM}]+、`) },
  { level: 1, re: new RegExp(`^附[表件][\\d${NUM}]*(?:[\\s:：、.]|$)`) },
  { level: 2, re: new RegExp(`^第[${NUM}]+节`) },
  { level: 2, re: new RegExp(`^[(（][${NUM}]+[)）]`) },
  { level: 3, re: /^(?:——|--)/ },
  { level: 3, re: new RegExp(`^关键专项[${NUM}]+`) },
];

const MAX_TITLE = 30;

/**
 * An unnumbered heading: a short line of its own, without punctuation, naming the targets that follow
 * ("2024年主要预期目标", "主要指标", "发展目标"), as annual plans and work reports head their figures.
 */
const UNNUMBERED =
  /^[^。，；：,;:！？!?]{0,14}(?:主要|发展|预期|总体|年度|具体|量化)[^。，；：,;:！？!?]{0,4}(?:目标|指标)$/;

export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (UNNUMBERED.test(line) && !PATTERNS.some(({ re }) => re.test(line))) {
      headings.push({ offset: lineStart + indent, level: 1, title: line });
      lineStart = lineEnd + 1;
      continue;
    }
    for (const { level, re } of PATTERNS) {
      if (!re.test(line)) continue;
      const stop = line.search(/[。：:]/);
      const title = (stop < 0 ? line : line.slice(0, stop)).replace(/^(?:——|--)/, '').trim();
      // A long line with no early stop is body text that happens to start like a list ("一、二等奖…").
      if (title.length > 0 && title.length <= MAX_TITLE) {
        headings.push({ offset: lineStart + indent, level, title });
      }
      break;
    }
    lineStart = lineEnd + 1;
  }
  return headings;
}

/** The section path at each heading: the titles of the enclosing headings joined by " · ". */
export function sectionPaths(headings: Heading[]): { offset: number; path: string }[] {
  const open: (string | undefined)[] = [undefined, undefined, undefined];
  return headings.map((h) => {
    open[h.level - 1] = h.title;
    for (let l = h.level; l < open.length; l++) open[l] = undefined;
    return { offset: h.offset, path: open.filter((t) => t !== undefined).join(' · ') };
  });
}
