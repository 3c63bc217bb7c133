// A target's name is its indicator's name, then the figure with its verb (单位地区生产总值能耗：下降14%). A table
// row may name the indicator with the verb already (万元工业增加值能耗下降, 排放年均降低率) while its 类型 says the
// change, and the name had said it twice (…能耗下降：下降14%, a tester). The verb ending the name goes, where
// it says the same way as the one the figure is named with; a word it only begins (增加值) stays.

const FALL_END = /(?:年均|每年|累计)?(?:下降|降低|减少|压减|压降)(?:率|幅度)?$/;
const RISE_END = /(?:年均|每年|累计)?(?:增长|提高|新增|净增|增加)(?:率|幅度)?$/;

/** `name` without the verb it ends in, when that verb goes the way `falls` says; else `name`. */
export function nameWithoutVerb(name: string, falls: boolean): string {
  const bare = name.replace(falls ? FALL_END : RISE_END, '');
  return bare === '' ? name : bare;
}
