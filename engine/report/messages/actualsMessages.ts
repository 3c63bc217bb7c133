// The words of the actuals reader's issues (engine/actuals/), in Chinese and English. Which variant a code
// takes and how its list parameters are written is decided by engine/actuals/actualsMessage.ts.
export const ACTUALS_MESSAGES = {
  'actuals.csv': { zh: 'CSV 格式错误：{detail}', en: 'CSV: {detail}' },
  'actuals.csvQuotes': {
    zh: '引号未闭合：这一行有单元格以英文引号 " 开头，却没有结尾的引号，其后各行因此被读进同一个单元格；请去掉或配对该引号（名称中的引号可改用中文引号“”）',
    en: 'unterminated quote: a cell on this row opens a " and never closes it, so the rows after it were read into that one cell; remove or pair the quote (a name may use the Chinese quotes “”)',
  },
  'actuals.tooLarge': {
    zh: '粘贴的内容过大（{size} MB，上限 {limit} MB），未读取：实际数据表通常只有几 KB，请只粘贴指标与各年数值',
    en: 'The paste is {size} MB (limit {limit} MB) and was not read: a table of actuals is usually a few KB; paste only the indicators and their yearly values',
  },
  'actuals.empty': { zh: '{source}为空', en: '{source} is empty' },
  'actuals.theInput': { zh: '输入内容', en: 'the input' },
  'actuals.noHeader': {
    zh: '未识别表头：应为“指标、年份、数值”三列，或一列指标后接各年份列（2021、2022… 或 2021年…）',
    en: 'no header recognised: expected columns indicator, year, value (指标, 年份, 数值) or an indicator column followed by year columns (2021, 2022 … or 2021年 …)',
  },
  'actuals.noHeaderRow': {
    zh: '无表头：各列按“指标、年份、数值[、单位]”读取',
    en: 'no header row: columns read as indicator, year, value[, unit]',
  },
  'actuals.aboveHeader': { zh: '表头上方的行，已忽略', en: 'row above the header ignored' },
  'actuals.role.indicator': { zh: '指标', en: 'indicator' },
  'actuals.role.year': { zh: '年份', en: 'year' },
  'actuals.role.value': { zh: '数值', en: 'value' },
  'actuals.role.unit': { zh: '单位', en: 'unit' },
  'actuals.duplicateColumn': { zh: '重复的{role}列，已忽略', en: 'second {role} column ignored' },
  'actuals.unknownColumn': { zh: '未识别的列，已忽略', en: 'column not recognised, ignored' },
  'actuals.yearInTwoColumns': {
    zh: '{year}年出现在两列中，两列均不采用',
    en: 'year {year} appears in two columns; both refused',
  },
  'actuals.notNumber': { zh: '不是数字', en: 'not a number' },
  'actuals.badCommas': {
    zh: '逗号不是千位分隔符（应如 1,234.5）',
    en: 'commas are not thousands separators here (expected e.g. 1,234.5)',
  },
  'actuals.approxFigure': { zh: '约数，按其数值读取', en: 'an approximate figure, read as its number' },
  'actuals.textAfterNumber': {
    zh: '数字后有多余文字“{text}”',
    en: 'unexpected text "{text}" after the number',
  },
  'actuals.textAfterPercent': { zh: '%后有多余文字“{text}”', en: 'unexpected text "{text}" after %' },
  'actuals.notFinite': { zh: '不是有限数值', en: 'not a finite number' },
  'actuals.letterForDigit': {
    zh: '数字里混有字母 O 或 l，疑为 {text}',
    en: 'a letter O or l among the digits: did you mean {text}?',
  },
  'actuals.conflictingUnits': { zh: '单位相互矛盾（{units}）', en: 'conflicting units {units}' },
  'actuals.sep.versus': { zh: '、', en: ' vs ' },
  'actuals.farFromBaseRefused': {
    zh: '{value} 与{indicator}的基期值 {base} 相差 {times} 倍以上，多为单位或位数有误（如万元填入亿元栏）：请核对后重新录入',
    en: '{value} is {times} or more times off the base of {indicator}, {base}: most likely a unit or a digit slipped (a figure in 10,000 yuan, 万元, entered where 100 million yuan, 亿元, are meant); check it and enter it again',
  },
  'actuals.shareFractionRefused': {
    zh: '按百分比读为 {value}，比{indicator}的基期值 {base} 低 {times} 倍以上，疑为按小数填写（{guess}）：未采用；如指 {guess}，请填写 {guess}',
    en: 'read as a percentage, {value} is {times} or more times below the base of {indicator}, {base}: most likely written as a fraction ({guess}); not used; if {guess} was meant, enter {guess}',
  },
  'actuals.shareFractionRefusedFigure': {
    zh: '按百分比读为 {value}，比规划印出的{indicator}{year}年目标 {figure} 低 {times} 倍以上（规划未给基期值，以此为参照），疑为按小数填写（{guess}）：未采用；如指 {guess}，请填写 {guess}',
    en: 'read as a percentage, {value} is {times} or more times below the {year} figure the plan prints for {indicator}, {figure} (the plan gives no base to read it against): most likely written as a fraction ({guess}); not used; if {guess} was meant, enter {guess}',
  },
  'actuals.farFromBase': {
    zh: '已读取，但 {value} 与{indicator}的基期值 {base} 相差 {times} 倍以上：请核对单位和数字',
    en: 'read, but {value} is {times} or more times off the base of {indicator}, {base}: check the unit and the figure',
  },
  'actuals.farFromPlanFigureRefused': {
    zh: '{value} 与规划印出的{indicator}{year}年目标 {figure} 相差 {times} 倍以上（规划未给基期值，以此为参照），多为单位或位数有误（如万元填入亿元栏）：请核对后重新录入',
    en: '{value} is {times} or more times off the {year} figure the plan prints for {indicator}, {figure} (the plan gives no base to read it against): most likely a unit or a digit slipped (a figure in 10,000 yuan, 万元, entered where 100 million yuan, 亿元, are meant); check it and enter it again',
  },
  'actuals.farFromPlanFigure': {
    zh: '已读取，但 {value} 与规划印出的{indicator}{year}年目标 {figure} 相差 {times} 倍以上（规划未给基期值，以此为参照）：请核对单位和数字',
    en: 'read, but {value} is {times} or more times off the {year} figure the plan prints for {indicator}, {figure} (the plan gives no base to read it against): check the unit and the figure',
  },
  'actuals.farFromPlanPaceRefused': {
    zh: '{value} 与规划{year}年累计目标 {total} 折合的每年 {figure} 相差 {times} 倍以上（规划未给基期值，以此为参照），多为单位或位数有误（如万元填入亿元栏、人填入万人栏）：请核对后重新录入',
    en: '{value} is {times} or more times off {figure} a year, the pace of the total of {total} the plan sets for {year} (the plan gives no base to read it against): most likely a unit or a digit slipped (a figure in 10,000 yuan, 万元, entered where 100 million yuan, 亿元, are meant, or people, 人, where 10,000 people, 万人, are); check it and enter it again',
  },
  'actuals.farFromPlanPace': {
    zh: '已读取，但 {value} 与规划{year}年累计目标 {total} 折合的每年 {figure} 相差 {times} 倍以上（规划未给基期值，以此为参照）：请核对单位和数字',
    en: 'read, but {value} is {times} or more times off {figure} a year, the pace of the total of {total} the plan sets for {year} (the plan gives no base to read it against): check the unit and the figure',
  },
  'actuals.looksLikeStock': {
    zh: '已读取，但{indicator}计的是每年新增数，所填 {value} 却接近规划印出的{year}年总数 {stock}：若所填是年末总数，请改填当年新增数（当年总数减上年总数）',
    en: 'read, but {indicator} is a yearly figure (added each year), and {value} is close to the total the plan prints for {year}, {stock}: if it is the year-end total, enter that year’s addition instead (the total less the year before’s)',
  },
  'actuals.decimalSlip': {
    zh: '已读取，但 {value} 与{indicator}的基期值 {base} 相差甚远，疑为 {guess}（小数点错位）：请核对',
    en: 'read, but {value} is far from the base of {indicator}, {base}: did you mean {guess}, a decimal point moved? Please check',
  },
  'actuals.decimalSlipYear': {
    zh: '已读取，但 {value} 与{indicator}{year}年的 {against} 相差甚远，疑为 {guess}（小数点错位）：请核对',
    en: 'read, but {value} is far from the {year} figure of {indicator}, {against}: did you mean {guess}, a decimal point moved? Please check',
  },
  'actuals.flowOutlier': {
    zh: '已读取，但{indicator}{year}年的 {value} 达到规划每年进度 {pace} 的 {times} 倍以上，也达到其余各年所填（中位数 {others}）的 {times} 倍以上，疑为录入有误（如多打了一位）：请核对',
    en: 'read, but {value} for {indicator} in {year} is {times} or more times both the plan’s pace of {pace} a year and the other years given (median {others}): perhaps mistyped (a digit too many); please check',
  },
  'actuals.stockJump': {
    zh: '已读取，但{indicator}{year}年的 {value} 比前一个已知值每年多 {step}，达到规划每年增量 {pace} 的 {times} 倍以上，也达到其余各年增量（中位数 {others}）的 {times} 倍以上，疑为录入有误（如多打了一位）：请核对',
    en: 'read, but {value} for {indicator} in {year} is up {step} a year on the value before: {times} or more times both the plan’s step of {pace} a year and the other years’ rises (median {others}); perhaps mistyped (a digit too many), please check',
  },
  'actuals.valueApart': {
    zh: '已读取，但{indicator}{year}年的 {value} 与前后已知值 {before}、{after} 均相差 {times} 倍以上，疑为录入有误：请核对',
    en: 'read, but {value} for {indicator} in {year} is {times} or more times off both values either side ({before}, {after}): perhaps mistyped, please check',
  },
  'actuals.blankBetween': {
    zh: '为空：{indicator}{year}年无数据，推演取前后已知值之间的推算值；如有数据请补录',
    en: 'blank: no {year} figure for {indicator}; the run reckons it between the years given. Enter it if you have it',
  },
  'actuals.negativeAmountRefused': {
    zh: '{indicator}不能为负数（{value}）：请核对后重新录入',
    en: '{indicator} cannot be negative ({value}): check it and enter it again',
  },
  'actuals.negativeAmount': {
    zh: '已读取，但{indicator}为负数（{value}）：请核对',
    en: 'read, but {indicator} is negative ({value}): please check',
  },
  'actuals.bareShareSmall': {
    zh: '按 {value}% 读取（{indicator}为百分比指标）；如指 {percent}%，请填写 {percent} 或 {percent}%',
    en: 'read as {value}% ({indicator} is a share in %); if {percent}% was meant, write {percent} or {percent}%',
  },
  'actuals.percentUnitSmall': {
    zh: '按 {value}% 读取（单位为 {unit}）；如指 {percent}%（填的是小数），请填写 {percent}',
    en: 'read as {value}% (the unit says {unit}); if {percent}% was meant (a fraction), write {percent}',
  },
  'actuals.indexNeedsRates': {
    zh: '{indicator}：规划只给了增速，按指数模拟，{unit} 的数值无法换算；请改填各年增速（单位写 %）',
    en: '{indicator}: the plan gives only its growth rate, so it is simulated as an index and a value in {unit} cannot be converted; enter its yearly growth rates instead (unit %)',
  },
  'actuals.bareIndexOrRate.index': {
    zh: '{indicator}：未写单位，按指数（基期=1）读；若是逐年下降率请加 %，请核对',
    en: '{indicator}: no unit, read as its index (base year = 1); if these are yearly falls, add %. Please check',
  },
  'actuals.bareIndexOrRate.rates': {
    zh: '{indicator}：未写单位，按逐年下降率读；若是吨标准煤/万元等水平值，请改填各年下降率，请核对',
    en: '{indicator}: no unit, read as yearly falls; if these are levels (tce per 10k yuan), enter the yearly falls instead. Please check',
  },
  'actuals.unitNotConvertible': {
    zh: '单位 {unit} 无法确定地换算为{indicator}的单位 {target}',
    en: 'unit {unit} cannot be converted to the unit of {indicator} ({target}) without a guess',
  },
  'actuals.shareOutOfRange': {
    zh: '{indicator}为比重，不可能是 {percent}%',
    en: '{indicator} is a share, which cannot be {percent}%',
  },
  'actuals.notWholeCount': {
    zh: '{indicator}以整数{unit}计，不能是 {value}{whole}',
    en: '{indicator} counts whole {unit}, not {value}{whole}',
  },
  'actuals.notWholeCount.whole': {
    zh: '（如指 {whole}，请去掉小数点：小数点按小数读取）',
    en: ' (if {whole} was meant, write it without a dot: the dot is read as a decimal point)',
  },
  'actuals.yearImplausible': {
    zh: '{year}年不在规划期 {first}–{last} 的合理范围内',
    en: 'year {year} is implausible for a plan from {first} to {last}',
  },
  'actuals.yearNotYet': {
    zh: '{year}年还没有到来（今年是{now}年），不会有实际数据：请核对年份',
    en: 'year {year} has not come yet (this is {now}): nothing can have been observed in it; check the year',
  },
  'actuals.yearBeforeBase': {
    zh: '{year}年早于规划基年 {base}，已保留但不参与评估',
    en: "year {year} is before the plan's base year {base}; kept but not used",
  },
  'actuals.yearAfterLast': {
    zh: '{year}年晚于规划末年 {last}，已保留但不参与评估',
    en: "year {year} is after the plan's last year {last}; kept but not used",
  },
  'actuals.tooManyCells': {
    zh: '该行有 {cells} 个单元格，而表头只有 {columns} 列（CSV 中带千位分隔符的数字须加引号："1,234.5"）',
    en: 'row has {cells} cells but the header has {columns} (in CSV, a number written with thousands separators must be quoted: "1,234.5")',
  },
  'actuals.valuesWithoutName': { zh: '有数值但缺少指标名称', en: 'values without an indicator name' },
  'actuals.unknownRowWithoutValues': {
    zh: '该行无数值，也不是已知指标，已忽略',
    en: 'row has no values and names no known indicator; ignored',
  },
  'actuals.ambiguousName': {
    zh: '对应多个指标（{ids}），请填写指标代码',
    en: 'names more than one indicator ({ids}); use the id',
  },
  'actuals.unknownName': { zh: '规划中无此指标', en: 'no such indicator in the plan' },
  'actuals.unknownName.suggest': {
    zh: '规划中无此指标（是否指{suggestions}？）',
    en: 'no such indicator in the plan; did you mean {suggestions}?',
  },
  'actuals.suggestion': { zh: '“{name}”', en: '"{name}"' },
  // How a run carried actuals of derived indicators (engine/report/anchoringMessages.ts).
  'anchor.reanchored': {
    zh: '{year}年{indicator}的实际值已按各分项当年模拟占比分摊到{parts}，之后各年由此增长',
    en: 'The {year} actual of {indicator} was shared among {parts} in proportion to their simulated shares; later years grow from it',
  },
  'anchor.actual-split-evenly': {
    zh: '{year}年{indicator}的实际值中，基期未知的分项（{parts}）按假设均分已知分项以外的部分，之后各年由此增长；这些分项自身的目标仍待补基期',
    en: 'The {year} actual of {indicator}: the parts with unknown bases ({parts}), as an assumption, share what the known parts leave in equal parts; later years grow from it, and those parts’ own targets still wait for a base',
  },
  'anchor.actual-carried': {
    zh: '{year}年{indicator}的实际值已固定，之后各年按其公式的增速延续',
    en: 'The {year} actual of {indicator} is pinned; later years continue from it at its formula’s growth',
  },
  'anchor.actual-refused': {
    zh: '{year}年{indicator}的实际值只用于当年：公式在该年无值（基期待补或为零），无法延续到之后各年',
    en: 'The {year} actual of {indicator} is used for that year only: its formula has no value then (unknown base or zero), so it cannot be carried forward',
  },
  'anchor.actual-refused.needs': {
    zh: '{indicator}：{years}年的录入值只用于这几年；之后各年由公式推算，需先录入{needs}的{baseYear}年值（基期待补），录入后即从这些录入值延续',
    en: '{indicator}: the values entered for {years} are used for those years only; later years follow its formula, which needs the {baseYear} value of {needs} (base to be entered) — enter it and the run carries these values on',
  },
  'anchor.actual-refused.zero': {
    zh: '{indicator}：{years}年的录入值只用于这几年：其公式在这几年为零，无法据以延续到之后各年',
    en: '{indicator}: the values entered for {years} are used for those years only: its formula is zero then, so they cannot be carried forward',
  },
  'anchor.bridged': {
    zh: '{indicator}{years}年无数据：{how}',
    en: '{indicator}, {years}: no data; {how}',
  },
  'anchor.bridged.between': {
    zh: '取{from}年与{to}年已知值之间{step}的推算值，这几年不作随机模拟',
    en: 'the run takes the values between the known {from} and {to} figures ({step}), reckoned, not simulated',
  },
  'anchor.bridged.fromBase': {
    zh: '取{from}年基期值与{to}年已知值之间{step}的推算值，这几年不作随机模拟',
    en: 'the run takes the values between the {from} base and the known {to} figure ({step}), reckoned, not simulated',
  },
  'anchor.bridged.between.published': {
    zh: '取{from}年与{to}年已知值之间的推算值：{published}，其余年份{step}，使两端相接；这几年不作随机模拟',
    en: 'the run takes the values between the known {from} and {to} figures: {published}, the other years {step}, so the two meet; reckoned, not simulated',
  },
  'anchor.bridged.fromBase.published': {
    zh: '取{from}年基期值与{to}年已知值之间的推算值：{published}，其余年份{step}，使两端相接；这几年不作随机模拟',
    en: 'the run takes the values between the {from} base and the known {to} figure: {published}, the other years {step}, so the two meet; reckoned, not simulated',
  },
  'anchor.bridged.publishedYear': {
    zh: '{year}年按公布增速{rate}',
    en: '{year} at its published growth of {rate}',
  },
  'anchor.historyRate': {
    zh: '{indicator}：已有实际数据，后续年份的年增速改取 {from}–{to} 年实际年均增速 {rate}（± {sd}，由实际值推算），不再用“无历史数据时”的默认假设 {mean} ± {sd}；可在情景中改为其他假设',
    en: '{indicator}: now observed, the years ahead grow at its {from}–{to} average {rate} a year (± {sd}, reckoned from the actuals) instead of the default for when no history is given, {mean} ± {sd}; a scenario may set another',
  },
  'anchor.historySkipped': {
    zh: '{indicator}：{years}年的录入值数据存疑，未用于推算年均增速',
    en: '{indicator}: the value entered for {years} is questioned and left out of the average growth',
  },
  'anchor.historyTooShort': {
    zh: '{indicator}：实际数据只有 {from}–{to} 年一年的变化（{observed}），一年不足以说明趋势，后续年份仍按“无历史数据时”的默认假设 {mean} ± {sd} 推演；再录入一年即改按实际年均增速，也可在情景中自设',
    en: '{indicator}: the actuals show one year of change, {from}–{to} ({observed}); one year is no trend, so the years ahead keep the default for when no history is given, {mean} ± {sd}. One more year entered replaces it with the observed average; a scenario may set another',
  },
  'anchor.historyTooShort.odds': {
    zh: '{indicator}：实际数据只有 {from}–{to} 年一年的变化（{shareFrom} → {shareTo}，{perYear}），一年不足以说明趋势，后续年份仍按“无历史数据时”的默认假设推演（比重换算为比值 s ÷ (1 − s) 后每年变化 {mean} ± {sd}）；再录入一年即改按实际趋势，也可在情景中自设',
    en: '{indicator}: the actuals show one year of change, {from}–{to} ({shareFrom} → {shareTo}, {perYear}); one year is no trend, so the years ahead keep the default for when no history is given (the share’s odds s ÷ (1 − s) changing {mean} ± {sd} a year). One more year entered replaces it with the observed trend; a scenario may set another',
  },
  'anchor.historyRate.odds': {
    zh: '{indicator}：已有实际数据（{from}年 {shareFrom}，{to}年 {shareTo}，年均 {perYear}），后续年份按这一实际趋势推演，不再用“无历史数据时”的默认假设；推演时比重换算为比值 s ÷ (1 − s)，按实际年均 {rate} 变化（± {sd}；默认为 {mean} ± {sd}），比重始终在 0–100% 之间；可在情景中改为其他假设',
    en: '{indicator}: now observed ({shareFrom} in {from}, {shareTo} in {to}, {perYear} a year), the years ahead follow this trend instead of the default for when no history is given; the share is simulated through its odds s ÷ (1 − s), which change at their observed {rate} a year (± {sd}; the default was {mean} ± {sd}), so it stays within 0–100%. A scenario may set another',
  },
  'anchor.historyRate.entry': {
    zh: '{indicator}：已有实际数据，后续年份的年进入率改取 {basis}，即 {rate}（± {sd}），不再用“无历史数据时”的默认假设 {mean} ± {sd}；可在情景中改为其他假设',
    en: '{indicator}: now observed, the years ahead take as the entry rate {basis}, {rate} a year (± {sd}), instead of the default for when no history is given, {mean} ± {sd}; a scenario may set another',
  },
  // A yearly count's assumption replaced by the counts entered for it (engine/run/flowHistory.ts).
  'anchor.flowHistory': {
    zh: '{indicator}：已录入{from}–{to}年的年度数，后续年份改按录入均值 {mean}（{years}年，由录入值推算；{spread}），不再用假设 {oldMean} ± {oldSd}；可在情景中改为其他假设',
    en: '{indicator}: counts entered for {from}–{to}, so the years ahead take their mean, {mean} ({years} years, reckoned from the entered values; {spread}), instead of the assumption {oldMean} ± {oldSd}; a scenario may set another',
  },
  'anchor.flowHistory.spread.observed': {
    zh: '波动取录入值的标准差 ± {sd}',
    en: 'spread ± {sd}, the entered values’ standard deviation',
  },
  'anchor.flowHistory.spread.floor': {
    zh: '录入值的标准差 {observed} 小于原假设的波动，仍取 ± {sd}（假设）',
    en: 'the entered values’ standard deviation, {observed}, is below the assumption’s spread, which is kept: ± {sd} (assumed)',
  },
  // What a rate the history replaced a default with is made of (historyRateBasis.ts), as every view says it.
  'history.basis.growth': {
    zh: '{from}–{to}年实际年均增速',
    en: 'the {from}–{to} observed average growth',
  },
  'history.basis.odds': {
    zh: '{from}–{to}年实际比重的几率 s/(1−s) 年均变化',
    en: 'the {from}–{to} observed average change of the share’s odds s/(1−s)',
  },
  'history.basis.oddsOfShares': {
    zh: '{from}–{to}年实际比重（{shareFrom} → {shareTo}）换算为比值 s ÷ (1 − s) 后的年均变化',
    en: 'the average change of the {from}–{to} observed share ({shareFrom} → {shareTo}) taken as its odds s ÷ (1 − s)',
  },
  'history.basis.entry': {
    zh: '{from}–{to}年实际年均净增 {observed} 加年退出率 {exit}{source}',
    en: 'the {from}–{to} observed net growth {observed} a year plus an exit rate of {exit}{source}',
  },
  'history.exitFrom.assumption': { zh: '（假设）', en: ' (assumed)' },
  'history.exitFrom.scenario': { zh: '（情景设定）', en: ' (set by the scenario)' },
  'history.exitFrom.plan': { zh: '（规划原文）', en: ' (from the plan)' },
  'history.exitFrom.derived': { zh: '（推算）', en: ' (derived)' },
  'history.exitFrom.statistic': { zh: '（统计数据）', en: ' (published)' },
  'history.exitFrom.entered': { zh: '（录入值）', en: ' (entered)' },
  'anchor.bridged.rate.up': { zh: '按年均增长{by}', en: 'growing {by} a year' },
  'anchor.bridged.rate.down': { zh: '按年均下降{by}', en: 'falling {by} a year' },
  'anchor.bridged.steps.up': { zh: '按每年增加{by}', en: 'rising by {by} a year' },
  'anchor.bridged.steps.down': { zh: '按每年减少{by}', en: 'falling by {by} a year' },
  'actuals.sep.or': { zh: '或', en: ' or ' },
  'actuals.targetNotLevel.increase': {
    zh: '此处填的是目标“{target}”，它衡量{indicator}的增量而非数值本身；请填写{indicator}的实际数值（指标代码或指标名称）',
    en: 'this names the target "{target}", which measures the increase of {indicator}, not its level; give the level of {indicator} (its id or indicator name)',
  },
  'actuals.targetNotLevel.growth': {
    zh: '此处填的是目标“{target}”，它衡量{indicator}的年均增速而非数值本身；请填写{indicator}的实际数值（指标代码或指标名称）',
    en: 'this names the target "{target}", which measures the annual growth of {indicator}, not its level; give the level of {indicator} (its id or indicator name)',
  },
  'actuals.orInflow': {
    zh: '{text}；每年新设数请填“{inflow}”',
    en: '{text}; yearly new entries go under "{inflow}"',
  },
  'actuals.enteredOverPublished': {
    zh: '{year}年录入值{value}与公布统计{published}（{source}）不同，以录入值为准',
    en: '{year}: the entered {value} differs from the published {published} ({source}); the entered value is used',
  },
  'actuals.notAYear': { zh: '不是四位年份', en: 'not a 4-digit year' },
  'actuals.notAYearLetter': {
    zh: '不是四位年份：数字里混有字母 O 或 l，疑为 {text}',
    en: 'not a 4-digit year: a letter O or l among the digits; did you mean {text}?',
  },
  'actuals.moreRows': { zh: '另有 {n} 行', en: '{n} more rows' },
  'actuals.conflictingDuplicates': {
    zh: '{indicator}{year}年出现 {count} 次且数值不同（{rows}）',
    en: '{indicator}, {year}: given {count} times with different values ({rows})',
  },
  'actuals.duplicateRow': { zh: '第 {row} 行：{raw}', en: 'row {row}: {raw}' },
  'actuals.repeatedSame': {
    zh: '{indicator}{year}年重复出现，数值相同',
    en: '{indicator}, {year}: repeated with the same value',
  },
  'actuals.ratesChained': {
    zh: '{indicator}：所填为逐年增速（{years}年），已按 {base} 年 = 1 逐年连乘换算为指数',
    en: '{indicator}: the figures are yearly growth rates ({years}), chained into the index ({base} = 1)',
  },
  'actuals.ratesChained.falls': {
    zh: '{indicator}：所填为逐年下降率（{years}年，正数即下降），已按 {base} 年 = 1 逐年连乘换算为指数',
    en: '{indicator}: the figures are yearly rates of decline ({years}; a positive figure is a fall), chained into the index ({base} = 1)',
  },
  'actuals.ratesChained.mixed': {
    zh: '{indicator}：所填逐年变化率有正有负（{years}年），按带符号的增长率读（负数为下降，正数为上升），已按 {base} 年 = 1 逐年连乘换算为指数；若正数是下降、负数是上升，请把各年改为带符号的增长率',
    en: '{indicator}: the yearly rates given ({years}) are of both signs, so they are read as signed growth rates (negative a fall, positive a rise) and chained into the index ({base} = 1); if a positive figure is a fall and a negative one a rise, give every year as a signed growth rate',
  },
  'actuals.rateChainGap': {
    zh: '{indicator}{year}年的增速无法换算：缺少 {missing} 年的增速（须自 {first} 年起逐年给出）',
    en: '{indicator}, {year}: the rate cannot be chained without the {missing} rate (give every year from {first})',
  },
  'actuals.refused.value': { zh: '，该值不采用', en: '; value refused' },
  'actuals.refused.row': { zh: '，该行不采用', en: '; row refused' },
  'actuals.refused.all': { zh: '，均不采用', en: '; all refused' },
} as const;
