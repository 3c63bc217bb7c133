// What the actuals reader (engine/actuals/) says about pasted or uploaded cells, in both languages. The
// reader returns these codes with their parameters; the page and the CLI render them.
export const ACTUALS_MESSAGES = {
  'act.csv.MissingQuotes': { zh: 'CSV 格式错误：引号未闭合', en: 'CSV: a quoted field is not closed' },
  'act.csv.InvalidQuotes': { zh: 'CSV 格式错误：引号位置不正确', en: 'CSV: misplaced quotes' },
  'act.csv.other': { zh: 'CSV 格式错误', en: 'CSV: malformed input' },
  'act.empty': { zh: '{source}为空', en: '{source} is empty' },
  'act.source': { zh: '输入内容', en: 'the input' },
  'act.noHeader': {
    zh: '未识别表头：应为“指标、年份、数值”三列，或一列指标后接各年份列（2021、2022… 或 2021年…）',
    en: 'no header recognised: expected columns indicator, year, value (指标, 年份, 数值) or an indicator column followed by year columns (2021, 2022 … or 2021年 …)',
  },
  'act.headerless': {
    zh: '无表头：各列按“指标、年份、数值[、单位]”读取',
    en: 'no header row: columns read as indicator, year, value[, unit]',
  },
  'act.aboveHeader': { zh: '表头上方的行，已忽略', en: 'row above the header ignored' },
  'act.role.indicator': { zh: '指标', en: 'indicator' },
  'act.role.year': { zh: '年份', en: 'year' },
  'act.role.value': { zh: '数值', en: 'value' },
  'act.role.unit': { zh: '单位', en: 'unit' },
  'act.secondColumn.indicator': { zh: '重复的指标列，已忽略', en: 'second indicator column ignored' },
  'act.secondColumn.year': { zh: '重复的年份列，已忽略', en: 'second year column ignored' },
  'act.secondColumn.value': { zh: '重复的数值列，已忽略', en: 'second value column ignored' },
  'act.secondColumn.unit': { zh: '重复的单位列，已忽略', en: 'second unit column ignored' },
  'act.unknownColumn': { zh: '未识别的列，已忽略', en: 'column not recognised, ignored' },
  'act.yearTwice': {
    zh: '{year}年出现在两列中，两列均不采用',
    en: 'year {year} appears in two columns; both refused',
  },
  'act.cell.notNumber': { zh: '不是数字，该值不采用', en: 'not a number; value refused' },
  'act.cell.notFinite': { zh: '不是有限数值，该值不采用', en: 'not a finite number; value refused' },
  'act.cell.commas': {
    zh: '逗号不是千位分隔符（应如 1,234.5），该值不采用',
    en: 'commas are not thousands separators here (expected e.g. 1,234.5); value refused',
  },
  'act.cell.textAfterNumber': {
    zh: '数字后有多余文字“{text}”，该值不采用',
    en: 'unexpected text "{text}" after the number; value refused',
  },
  'act.cell.textAfterPercent': {
    zh: '%后有多余文字“{text}”，该值不采用',
    en: 'unexpected text "{text}" after %; value refused',
  },
  'act.unitsConflict': {
    zh: '单位相互矛盾（{units}），该值不采用',
    en: 'conflicting units {units}; value refused',
  },
  'act.readAsPercent': {
    zh: '按 {value}% 读取（{id} 为百分比指标）；如指 {pct}%，请填写 {pct} 或 {pct}%',
    en: 'read as {value}% ({id} is a share in %); if {pct}% was meant, write {pct} or {pct}%',
  },
  'act.unitUnconvertible': {
    zh: '单位 {unit} 无法确定地换算为 {id} 的单位 {target}，该值不采用',
    en: "unit {unit} cannot be converted to {id}'s unit {target} without a guess; value refused",
  },
  'act.yearImplausible': {
    zh: '{year}年不在规划期 {first}–{last} 的合理范围内，该值不采用',
    en: 'year {year} is implausible for a plan from {first} to {last}; value refused',
  },
  'act.yearBeforeBase': {
    zh: '{year}年早于规划基年 {first}，已保留但不参与评估',
    en: "year {year} is before the plan's base year {first}; kept but not used",
  },
  'act.yearAfterEnd': {
    zh: '{year}年晚于规划末年 {last}，已保留但不参与评估',
    en: "year {year} is after the plan's last year {last}; kept but not used",
  },
  'act.rowWidth': {
    zh: '该行有 {cells} 个单元格，而表头只有 {columns} 列（CSV 中带千位分隔符的数字须加引号："1,234.5"），该行不采用',
    en: 'row has {cells} cells but the header has {columns} (in CSV, a number written with thousands separators must be quoted: "1,234.5"); row refused',
  },
  'act.noName': {
    zh: '有数值但缺少指标名称，该行不采用',
    en: 'values without an indicator name; row refused',
  },
  'act.emptyUnknownRow': {
    zh: '该行无数值，也不是已知指标，已忽略',
    en: 'row has no values and names no known indicator; ignored',
  },
  'act.ambiguous': {
    zh: '对应多个指标（{ids}），请填写指标代码，该行不采用',
    en: 'names more than one indicator ({ids}); use the id; row refused',
  },
  'act.noSuchSuggest': {
    zh: '规划中无此指标（是否指“{names}”？），该行不采用',
    en: 'no such indicator in the plan; did you mean "{names}"?; row refused',
  },
  'act.noSuch': { zh: '规划中无此指标，该行不采用', en: 'no such indicator in the plan; row refused' },
  'act.notYear': { zh: '不是四位年份，该行不采用', en: 'not a 4-digit year; row refused' },
  'act.conflict': {
    zh: '{id} {year}年出现 {n} 次且数值不同（第 {rows} 行），均不采用',
    en: '{id} {year} is given {n} times with different values (rows {rows}); all refused',
  },
  'act.repeated': {
    zh: '{id} {year}年重复出现，数值相同',
    en: '{id} {year} repeated with the same value',
  },
} as const;
