// 单位GDP能耗, 单位地区生产总值二氧化碳排放, 万元工业增加值用水量: an input per unit of output, which a plan
// sets out to cut. Its change printed in % is a rate of that input per output, never a share's points; a
// bracketed five-year figure with no verb (单位GDP能耗 % 〔14〕) is the cut, as every 十四五 plan prints it.

/** Per unit of output: 单位 or 万元 before the output (GDP, 生产总值, 工业增加值). */
const PER_OUTPUT = /(?:单位|万元)(?:GDP|国内生产总值|地区生产总值|生产总值|工业增加值|增加值)/i;
/** What is used or emitted per output. */
const INPUT = /能耗|能源消耗|用水量|水耗|用水|二氧化碳排放|碳排放|排放量|用地|建设用地/;

/** Whether `name` measures an input or an emission per unit of output (an intensity a plan caps). */
export function isIntensityName(name: string): boolean {
  return PER_OUTPUT.test(name) && INPUT.test(name);
}
