// A plan's name, from the first lines of its text or the rows above a table's header: "某县“十五五”科技创新规划",
// "表1 南岭区“十五五”规划主要指标". The import offers it as the plan's name (the planner can change it), so a saved
// plan is not one more "自建规划".

/** Lines looked at: a title is at the top, not after the body has begun. */
const FIRST_LINES = 4;
/** A document's name, as a plan names itself. */
const TITLE_WORD = /规划|计划|纲要|方案|指标/;
/** A target sentence, not a title: a figure with its unit (达到 607 亿元, 70%, 200 家). */
const FIGURE = /\d\s*(?:亿|万|%|％|家|个|户|件|项|人|元)/;
/** A heading inside the plan (三、主要指标, （一）发展目标, 第二章, 1. …), not its name. */
const HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|第[一二三四五六七八九十0-9]+[章节条部篇]|\d+[、.．])/;
/** A row of cells, not a name: a tab, or three or more commas or bars (a table pasted as text, whose header
 * 指标	单位	基期年… had been offered as the plan's name for its word 指标: a tester). */
const CELLS = /\t|(?:[,，|｜][^,，|｜]+){3}/;
/** A table's number before its name: 表1、附表 2：… */
const TABLE_NUMBER = /^附?表\s*[0-9一二三四五六七八九十]+\s*[：:、.．\s]\s*/;

/** The first of `lines` (rows of cells joined, or lines of text) that reads as the plan's name, or null. */
export function planTitle(lines: readonly string[]): string | null {
  const first = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, FIRST_LINES);
  for (const line of first) {
    const title = line
      .replace(TABLE_NUMBER, '')
      .replace(/^《(.*)》$/, '$1')
      .replace(/[。；;：:，,]+$/, '')
      .trim();
    if (HEADING.test(title) || CELLS.test(line)) continue;
    if (title.length >= 6 && title.length <= 60 && TITLE_WORD.test(title) && !FIGURE.test(title))
      return title;
  }
  return null;
}
