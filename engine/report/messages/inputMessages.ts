// The words of a refused input file — a plan, a scenario, a link, saved work (engine/plan/PlanError.ts):
// where in the file, then what is wrong and what was found, for the page in its language (the CLI prints
// the English). Which entry an issue takes is decided where the issue is found (engine/plan/zodIssues.ts,
// engine/plan/loadScenario.ts, engine/run/resolveScenario.ts); issues not yet given a code keep an English
// sentence (see InputIssue.what).
export const INPUT_MESSAGES = {
  'input.header.one': { zh: '{file}：1 处问题', en: '{file}: 1 problem' },
  'input.header.many': { zh: '{file}：{n} 处问题', en: '{file}: {n} problems' },
  'input.line': { zh: '{file}：{where}：{what}{found}', en: '{file}: {where}: {what}{found}' },
  'input.topLevel': { zh: '（顶层）', en: '(top level)' },
  'input.found': { zh: '（收到 {value}）', en: ' (found {value})' },
  'input.more': { zh: '……另有 {n} 处', en: '… and {n} more' },

  'input.type.number': { zh: '数字', en: 'number' },
  'input.type.string': { zh: '文本', en: 'string' },
  'input.type.boolean': { zh: 'true 或 false', en: 'boolean' },
  'input.type.object': { zh: '对象 {…}', en: 'object' },
  'input.type.array': { zh: '列表 […]', en: 'array' },
  'input.type.null': { zh: 'null', en: 'null' },
  'input.invalidType': {
    zh: '应为{expected}，收到{received}',
    en: 'expected {expected}, received {received}',
  },
  'input.missing': { zh: '缺少此项（应为{expected}）', en: 'missing (expected {expected})' },
  'input.tooSmall': { zh: '应不小于 {limit}', en: 'must be ≥ {limit}' },
  'input.tooSmall.exclusive': { zh: '应大于 {limit}', en: 'must be > {limit}' },
  'input.tooBig': { zh: '应不大于 {limit}', en: 'must be ≤ {limit}' },
  'input.tooBig.exclusive': { zh: '应小于 {limit}', en: 'must be < {limit}' },
  'input.year': { zh: '应为 {min}–{max} 年间的年份', en: 'a year from {min} to {max}' },
  'input.notBlank': { zh: '不能为空或只有空格', en: 'must not be empty or only spaces' },
  'input.notEmpty': { zh: '不能为空', en: 'must not be empty' },
  'input.tooFew': { zh: '至少需要 {limit} 项', en: 'needs at least {limit} items' },
  'input.tooMany': { zh: '最多 {limit} 项', en: 'at most {limit} items' },
  'input.tooLong': { zh: '最多 {limit} 个字符', en: 'at most {limit} characters' },
  'input.notInteger': { zh: '应为整数', en: 'expected an integer' },
  'input.oneOf': { zh: '应为以下之一：{values}', en: 'expected one of {values}' },
  'input.badFormat': { zh: '格式不正确', en: 'invalid format' },
  'input.unknownFields': { zh: '不认识的字段 {keys}', en: 'unknown field(s) {keys}' },
  'input.noForm': { zh: '不符合任何一种可接受的写法：{first}', en: 'none of the accepted forms: {first}' },

  'input.otherPlan': {
    zh: '此情景是为另一份规划制作的；当前规划为“{plan}”',
    en: 'this scenario was made for another plan; the loaded plan is "{plan}"',
  },
  'input.noParameter': { zh: '规划中没有此编号的参数', en: 'the plan has no parameter with this id' },
  'input.noLever': { zh: '规划中没有此编号的政策', en: 'the plan has no lever with this id' },
  'input.noShock': { zh: '规划的冲击库中没有此编号', en: "no shock with this id in the plan's library" },
  'input.noIndicator': { zh: '规划中没有此编号的指标', en: 'the plan has no indicator with this id' },
  'input.shockParameter': { zh: '没有此编号的参数', en: 'no parameter with this id' },
  'input.outOfRange': { zh: '应在 {min}–{max} 之间', en: 'must lie in {min}–{max}' },
  'input.yearAfter': { zh: '应为 {year} 年之后的年份', en: 'must be a year after {year}' },
} as const;
