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
  'input.noParameter.like': {
    zh: '规划中没有此编号的参数；是否为 {ids}？',
    en: 'the plan has no parameter with this id; did you mean {ids}?',
  },
  'input.noLever': { zh: '规划中没有此编号的政策', en: 'the plan has no lever with this id' },
  'input.noLever.like': {
    zh: '规划中没有此编号的政策；是否为 {ids}？',
    en: 'the plan has no lever with this id; did you mean {ids}?',
  },
  'input.noShock': { zh: '规划的冲击库中没有此编号', en: "no shock with this id in the plan's library" },
  'input.noIndicator': { zh: '规划中没有此编号的指标', en: 'the plan has no indicator with this id' },
  'input.noIndicator.like': {
    zh: '规划中没有此编号的指标；是否为 {ids}？',
    en: 'the plan has no indicator with this id; did you mean {ids}?',
  },
  'input.shockParameter': { zh: '没有此编号的参数', en: 'no parameter with this id' },
  'input.outOfRange': { zh: '应在 {min}–{max} 之间', en: 'must lie in {min}–{max}' },
  'input.parameterOutOfRange': {
    zh: '应在规划给出的范围 {min}–{max} 之内（现为 {found}）',
    en: "must lie in the plan's range {min}–{max} (found {found})",
  },
  'input.parameterOutOfRangePercent': {
    zh: '应在规划给出的范围 {min}–{max} 之内（现为 {found}）；百分数写作小数：{percent} 应写作 {meant}',
    en: "must lie in the plan's range {min}–{max} (found {found}); a percentage is written as a fraction: {percent} is {meant}",
  },
  'input.yearAfter': { zh: '应为 {year} 年之后的年份', en: 'must be a year after {year}' },

  // A plan file's own checks (engine/plan/loadPlan.ts, checkPlanReferences.ts, checkPlanBounds.ts, planSchema.ts).
  'input.notJson': {
    zh: '不是有效的 JSON 文件（多为逗号、引号或括号漏写、多写；解析器提示：{detail}）',
    en: 'not valid JSON: {detail}',
  },
  'input.forbiddenName': {
    zh: '不能用“{key}”作名称（它会改变程序中对象的行为）',
    en: '"{key}" is not allowed as a name (it could change how objects behave)',
  },
  'input.duplicateName': {
    zh: '此编号重复使用（指标、参数和公式共用一套编号）',
    en: 'the same id is used twice (indicators, parameters and formulas share one name space)',
  },
  'input.duplicateId': { zh: '编号重复', en: 'duplicate id' },
  'input.needsBase': {
    zh: '{kind} 类指标需要基期年数值（base）',
    en: 'a {kind} indicator needs a base-year value',
  },
  'input.sameYearCycle': {
    zh: '这些指标在同一年内互相依赖（要读上一年的值请用 prev()）',
    en: 'these indicators depend on each other in the same year (use prev() to read last year)',
  },
  'input.ref.noIndicator': { zh: '规划中没有此编号的指标', en: 'no indicator with this id' },
  'input.ref.noTarget': { zh: '规划中没有此编号的目标', en: 'no target with this id' },
  'input.targetYearRange': {
    zh: '目标年份应在 {first}–{last} 年之间',
    en: 'a target year must fall in {first}–{last}',
  },
  'input.leverDefault': {
    zh: '默认强度（default）应在最小值（min）与最大值（max）之间',
    en: 'default must lie between min and max',
  },
  'input.minAboveMax': { zh: '最小值（min）不能大于最大值（max）', en: 'min must not exceed max' },
  'input.valueOutsideRange': {
    zh: '取值超出此参数自身的范围 {min}–{max}',
    en: "the value lies outside the parameter's own range {min}–{max}",
  },
  'input.relationTwice': { zh: '同一关系写了两次', en: 'the same relation is stated twice' },
  'input.growthBase': {
    zh: '增速目标需要 {indicator} 的基期值为正数（从 {base} 起算的增速无从谈起）',
    en: 'a growth target needs a positive base value of {indicator} (growth from {base} is undefined)',
  },
  'input.target.needsReason': {
    zh: '标为不可比（comparable: false）的目标须写明原因（reason）',
    en: 'a target with comparable: false needs a reason',
  },
  'input.target.statedAsChange': {
    zh: '“按期间变化表述”（statedAs: change）只用于按算术口径（rateReading: arithmetic）的增速类（growth）目标',
    en: 'statedAs: change is for growth targets read arithmetically (rateReading: arithmetic) only',
  },
  'input.target.rateReadingGrowthOnly': {
    zh: '只有增速类（growth）目标才有增速口径（rateReading）',
    en: 'only growth targets have a rate reading',
  },
  'input.target.required': { zh: '{kind} 类目标必须填写此项', en: 'required for a {kind} target' },
  'input.target.rangeNeedsPair': {
    zh: '区间目标的值应写成 [下限, 上限]',
    en: 'a range target needs [low, high]',
  },
  'input.target.rangeOrder': {
    zh: '区间 [下限, 上限] 的下限不能大于上限',
    en: 'a range [low, high] needs low ≤ high',
  },
  'input.target.pairNeedsRange': {
    zh: '值写成 [下限, 上限] 时，比较方式（comparator）应为 "range"',
    en: 'a [low, high] pair needs comparator "range"',
  },
  'input.meta.targetYear': {
    zh: '目标年（targetYear）应晚于基期年（baseYear）',
    en: 'targetYear must be after baseYear',
  },
  'input.meta.visionYear': {
    zh: '远景年（visionYear）不能早于目标年（targetYear）',
    en: 'visionYear must not be before targetYear',
  },

  // A formula's errors (engine/compile/formula/checkFormula.ts): where in the formula, then what.
  'input.formula': { zh: '公式有误：{errors}', en: '{errors}' },
  'input.formula.at': { zh: '第 {pos} 个字符处：{what}', en: 'at {pos}: {what}' },
  'input.formula.empty': { zh: '公式为空', en: 'empty formula' },
  'input.formula.tooLong': { zh: '公式超过 {max} 个字符', en: 'formula longer than {max} characters' },
  'input.formula.bracketsTooDeep': {
    zh: '括号嵌套超过 {max} 层',
    en: 'brackets nested deeper than {max} levels',
  },
  'input.formula.tooDeep': { zh: '公式嵌套超过 {max} 层', en: 'formula nested deeper than {max} levels' },
  'input.formula.syntax': { zh: '公式写法有误（解析器提示：{detail}）', en: '{detail}' },
  'input.formula.syntax.value': { zh: '此处缺少数值或名称', en: 'a number or name is missing here' },
  'input.formula.syntax.end': {
    zh: '公式不完整：末尾缺少数值或名称',
    en: 'the formula stops short: a number or name is missing at the end',
  },
  'input.formula.syntax.close': { zh: '缺少右括号“)”', en: 'a closing bracket ")" is missing' },
  'input.formula.syntax.operator': { zh: '此处不应有“{op}”', en: 'unexpected "{op}" here' },
  'input.formula.syntax.quote': { zh: '引号不成对', en: 'a quotation mark is left open' },
  'input.formula.syntax.fullWidth': {
    zh: '公式只认半角符号：请把“{char}”改为“{ascii}”',
    en: 'formulas read only half-width signs: write "{ascii}" for "{char}"',
  },
  'input.formula.syntax.name': {
    zh: '“{name}”不是公式认得的名称：公式用指标和参数的标识（如 gdp、pillar_output），不用中文名称',
    en: '"{name}" is not a name a formula knows: formulas use the ids of indicators and parameters (such as gdp or pillar_output), not their Chinese names',
  },
  'input.formula.notAllowed': {
    zh: '公式中不能使用{construct}',
    en: '{construct} is not allowed in a formula',
  },
  'input.formula.construct.AccessorNode': {
    zh: '属性访问或下标（a.b、a[1]）',
    en: 'property access or indexing (a.b, a[1])',
  },
  'input.formula.construct.AssignmentNode': { zh: '赋值（=）', en: 'assignment (=)' },
  'input.formula.construct.FunctionAssignmentNode': { zh: '自定义函数', en: 'defining a function' },
  'input.formula.construct.IndexNode': { zh: '下标', en: 'indexing' },
  'input.formula.construct.ObjectNode': { zh: '对象写法 {…}', en: 'an object literal' },
  'input.formula.construct.ArrayNode': { zh: '矩阵或列表 […]', en: 'a matrix or list' },
  'input.formula.construct.RangeNode': { zh: '区间写法（a:b）', en: 'a range (a:b)' },
  'input.formula.construct.BlockNode': {
    zh: '多条语句（; 或换行）',
    en: 'more than one statement (; or a new line)',
  },
  'input.formula.onlyNumbers': {
    zh: '只能使用数字，不能用 {value}',
    en: 'only numbers are allowed, not {value}',
  },
  'input.formula.numberTooLarge': {
    zh: '数字过大，引擎无法计算（{value}）',
    en: 'a number too large for the engine ({value})',
  },
  'input.formula.unknownName': { zh: '不认识的名称“{name}”', en: 'unknown name "{name}"' },
  'input.formula.operator': { zh: '不允许使用运算符“{op}”', en: 'operator "{op}" is not allowed' },
  'input.formula.implicit': {
    zh: '数字与名称之间要写乘号 *（如 2 * x，不能写 2x；“1e”不是数字）',
    en: 'write * between a number and a name (e.g. 2 * x, not 2x; "1e" is not a number)',
  },
  'input.formula.function': { zh: '不允许使用函数“{name}”', en: 'function "{name}" is not allowed' },
  'input.formula.arity': {
    zh: '{name}() 需要 {count} 个参数，实际写了 {got} 个',
    en: '{name}() takes {count} argument(s), got {got}',
  },
  'input.formula.prevName': {
    zh: 'prev() 的括号内应为一个指标的名称',
    en: 'prev() takes the name of an indicator',
  },
  'input.formula.prevNested': { zh: 'prev() 不能嵌套使用', en: 'prev() cannot be nested' },
  'input.formula.prevParameter': {
    zh: 'prev() 只能用于指标，“{name}”是参数',
    en: 'prev() needs an indicator, "{name}" is a parameter',
  },

  // compileModel's own checks (engine/compile/compileModel.ts), met by a plan built in code.
  'input.readsItself': {
    zh: '在同一年内读取了自身的值（读上一年的值请用 prev()）',
    en: 'reads its own value in the same year (use prev())',
  },
  'input.cycle': { zh: '同一年内循环依赖', en: 'a same-year cycle' },

  // A scenario's cells (engine/plan/checkCells.ts).
  'input.cell.duplicateId': { zh: '另一个单元格已用此编号', en: 'another cell has this id' },
  'input.cell.noFormula': {
    zh: '情景的公式列表（formulas）中没有此编号',
    en: 'no formula in `formulas` has this id',
  },
  'input.cell.noNote': { zh: '情景的注释列表（notes）中没有此编号', en: 'no note in `notes` has this id' },
  'input.cell.notIndicator': {
    zh: '既不是规划中的指标，也不是此情景的公式',
    en: 'not an indicator of the plan or a formula of this scenario',
  },

  // A statistics file (engine/plan/loadStatistics.ts, statisticsSchema.ts) and an uncertain value.
  'input.stat.duplicateSeries': { zh: '数据系列编号重复', en: 'duplicate series id' },
  'input.stat.growthAndLevel': {
    zh: '一个数据系列要么是指标的数值（indicator），要么是它的年增速（growthOf），不能两者都是',
    en: "a series gives an indicator's values (indicator) or its yearly growth (growthOf), not both",
  },
  'input.stat.growthUnit': {
    zh: '年增速系列（growthOf）的单位应为 "%"',
    en: 'a yearly growth series (growthOf) is in "%"',
  },
  'input.stat.rangeHoldsValue': {
    zh: '推算范围 {low}–{high} 须包含推算值 {value}（range 为 [下限, 上限]）',
    en: 'the range {low}–{high} must hold the reckoned value {value} (range is [low, high])',
  },
  'input.stat.onlyStatistic': {
    zh: '统计数据文件只收录公开发布的数字及由其推算的数字：来源类型（provenance 的 kind）应为 "statistic" 或 "derived"',
    en: 'a statistics file holds published figures and figures derived from them only: provenance kind must be "statistic" or "derived"',
  },
  'input.interval.order': { zh: '上限（high）不能小于下限（low）', en: 'high must not be below low' },
  'input.emptyValue': { zh: '值为空', en: 'an empty value' },

  // An uncertain value as written (engine/plan/parseUncertain.ts).
  'input.uncertain.tooLarge': {
    zh: '{value} 过大：均值和波动幅度都必须是有限的数',
    en: '{value} is too large: its mean and spread must be finite numbers',
  },
  'input.uncertain.notFinite': { zh: '不是有限的数：{value}', en: 'not a finite number: {value}' },
  'input.uncertain.negativeSpread': {
    zh: '“{value}”：± 后的波动幅度不能为负',
    en: '"{value}": the spread after ± must not be negative',
  },
  'input.uncertain.reversed': {
    zh: '“{value}”：区间应由小到大书写，如“{swapped}”',
    en: '"{value}": an interval goes from low to high, as "{swapped}"',
  },
  'input.uncertain.unreadable': {
    zh: '“{value}”不是可识别的取值：请写一个数（0.075 或 7.5%）、“均值 ± 标准差”（7.5% ± 2%）或 90% 区间“下限 至 上限”（5% 至 10%）',
    en: '"{value}" is not an uncertain value: write a number (0.075 or 7.5%), "mean ± sd" (7.5% ± 2%) or a 90% interval "low to high" (5% to 10%)',
  },

  // A record's key refused (an actuals year), with the key schema's reasons.
  'input.badId': {
    zh: '编号须以小写英文字母开头，只含小写字母、数字和下划线，如 pillar_output',
    en: 'a snake_case id such as pillar_output (lower-case letters, digits, _)',
  },
  'input.fourDigitYear': { zh: '应为四位数的年份', en: 'a 4-digit year' },
  'input.keyRefused': { zh: '此键不被接受：{why}', en: 'key not accepted: {why}' },
} as const;
