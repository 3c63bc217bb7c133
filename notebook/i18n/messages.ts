// Every label on the page, in Chinese and English. `{name}` placeholders are filled by `t`. The engine's
// catalogue (status labels, columns, rules: engine/report/messages/) is part of it, so a code the engine
// returns reads the same on the page and in the CLI.
import { ENGINE_MESSAGES } from '../../engine/index.ts';
import type { ATTRIBUTION_MESSAGES } from './attributionMessages.ts';
import type { REPORT_MESSAGES } from './reportMessages.ts';
import { WORK_MESSAGES } from './workMessages.ts';

export const MESSAGES = {
  ...ENGINE_MESSAGES,
  ...WORK_MESSAGES,
  'app.title': { zh: '规划目标推演台', en: 'Plan Target Explorer' },
  'app.subtitle': {
    zh: '情景推演 · 目标达成概率 · 实施评估',
    en: 'Scenarios · chance of meeting targets · plan review',
  },
  'lang.toggle': { zh: 'English', en: '中文' },
  'lang.toggleLabel': { zh: '切换到英文', en: 'Switch to Chinese' },

  'nav.dashboard': { zh: '目标总览', en: 'Targets' },
  'nav.detail': { zh: '指标详情', en: 'Indicator' },
  'nav.levers': { zh: '政策与假设', en: 'Levers & assumptions' },
  'nav.scenarios': { zh: '情景', en: 'Scenarios' },
  'nav.comparison': { zh: '情景对比', en: 'Comparison' },
  'nav.evaluation': { zh: '实施评估', en: 'Review' },
  'nav.check': { zh: '规划校核', en: 'Plan check' },
  'nav.goalseek': { zh: '目标反推', en: 'Goal-seek' },
  'nav.formulas': { zh: '自定义指标', en: 'Formulas' },
  'nav.notes': { zh: '笔记', en: 'Notes' },

  'status.running': { zh: '计算中…', en: 'Running…' },
  'status.preview': { zh: '预览（{paths} 条路径）', en: 'Preview ({paths} paths)' },
  'status.done': {
    zh: '{paths} 条路径 · 随机种子 {seed} · {ms} 毫秒',
    en: '{paths} paths · seed {seed} · {ms} ms',
  },
  'status.shipped': {
    zh: '{paths} 条路径 · 随机种子 {seed} · 预先算好',
    en: '{paths} paths · seed {seed} · precomputed',
  },
  'status.failed': {
    zh: '计算失败：{message}（保留上一次结果）',
    en: 'Run failed: {message} (last result kept)',
  },
  'status.engineRestarted': { zh: '计算引擎已重启', en: 'Engine restarted' },
  'status.stuck': {
    zh: '{s}秒无结果，重启计算引擎后仍无结果',
    en: 'no result after {s} s, even after the engine was restarted',
  },
  'status.workerStopped': { zh: '计算引擎两次停止', en: 'the engine stopped twice' },

  'link.opened.about': { zh: '情景说明：{text}', en: 'About this scenario: {text}' },
  'link.longShort': { zh: '链接过长', en: 'long link' },
  'link.copy': { zh: '复制链接', en: 'Copy link' },
  'link.copied': { zh: '链接已复制', en: 'Link copied' },
  // What a link carries, said where it is copied: a tester expected the comparison's other scenarios in it.
  'link.copyTip': {
    zh: '链接带上当前情景：杠杆与假设、录入的实际数据和基期、自建单元格；情景对比中的其他情景不随链接，可各自分享或导出情景文件',
    en: 'The link carries the current scenario: its levers and assumptions, the data and bases entered, and your cells; the other scenarios of a comparison do not travel with it: share or export each of them',
  },
  'link.copyFailed': {
    zh: '无法访问剪贴板，请从地址栏复制',
    en: 'Clipboard unavailable: copy from the address bar',
  },
  'link.tooLong': {
    zh: '链接长 {length} 个字符，超过聊天软件常见的约 2000 字符上限，可能被截断。建议改用情景文件分享。',
    en: 'The link is {length} characters long, over the ~2,000 that chat apps keep; it may be cut. Share a scenario file instead.',
  },
  'link.exportInstead': { zh: '导出情景文件', en: 'Export scenario file' },
  'link.error': {
    zh: '无法打开此链接：{reason}。页面显示此前的情景，地址栏保留了这个链接，便于核对或重新索取。',
    en: 'This link cannot be opened: {reason}. The page shows the scenario it had; the address bar keeps the link, to check it or ask for it again.',
  },
  'link.error.kept': {
    zh: '无法打开此链接：{reason}。页面保留了当前的情景。',
    en: 'This link cannot be opened: {reason}. The page kept the scenario it had.',
  },
  'link.error.format': { zh: '链接格式不正确', en: 'the address is not a planpath link' },
  'link.error.version': {
    zh: '链接版本 {detail} 不受支持（可能来自更新的版本）',
    en: 'link version {detail} is not supported (perhaps from a newer release)',
  },
  'link.error.encoding': { zh: '链接内容已损坏（编码错误）', en: 'the link is damaged (bad encoding)' },
  'link.error.tooLarge': {
    zh: '链接中的情景过大（超过 8 MB），请改用情景文件（.scenario.json）传送',
    en: 'the scenario in this link is too large (over 8 MB); send it as a scenario file (.scenario.json)',
  },
  'link.error.compression': {
    zh: '链接内容已损坏（无法解压）',
    en: 'the link is damaged (cannot be decompressed)',
  },
  'link.error.json': { zh: '链接内容已损坏（数据无法读取）', en: 'the link is damaged (unreadable data)' },
  'link.error.shape': { zh: '链接内容不是情景', en: 'the link does not hold a scenario' },
  'link.error.otherPlan': {
    zh: '链接属于另一份规划（“{plan}”），本页打开的是“{current}”；请在本页导入或打开那份规划后再打开此链接',
    en: 'the link belongs to another plan (“{plan}”) and this page has “{current}” open; import or open that plan here, then open the link again',
  },
  'link.error.scenario': {
    zh: '情景不适用于本规划：{detail}',
    en: 'the scenario does not fit this plan: {detail}',
  },
  'link.opened': {
    zh: '您打开的是情景“{name}”的链接：与“{base}”相比，有 {n} 项设置不同。',
    en: 'You opened a link to the scenario “{name}”: {n} settings differ from “{base}”.',
  },
  'link.opened.was': { zh: '（“{base}”为 {value}）', en: ' (“{base}”: {value})' },
  'link.opened.more': { zh: '另有 {n} 项，见“情景”一节', en: '{n} more: see Scenarios' },
  'link.opened.compare': { zh: '与“{base}”并排对比', en: 'Compare with “{base}”' },
  'link.migrated': {
    zh: '此链接来自旧版本（v{from}），已自动升级。',
    en: 'This link is from an older version (v{from}) and was upgraded.',
  },
  'link.dismiss': { zh: '关闭', en: 'Dismiss' },
  'notice.anchoring': {
    zh: '模拟按以下方式使用了录入的实际数据：',
    en: 'The simulation used the entered actuals as follows:',
  },

  'dash.title': { zh: '目标总览', en: 'Targets at a glance' },
  'dash.intro': {
    zh: '每个规划目标在当前情景下的达成概率（蒙特卡洛模拟）与目标年份中位数。悬停查看出处。',
    en: "Each target's chance of being met under the current scenario (Monte Carlo) and its median in the target year. Hover for sources.",
  },
  'dash.col.target': { zh: '目标', en: 'Target' },
  'dash.col.goal': { zh: '规划值', en: 'Plan value' },
  'dash.col.median': { zh: '{year}年中位数', en: '{year} median' },
  'dash.col.median.generic': { zh: '目标年中位数', en: 'Median in target year' },
  'dash.col.pmet': { zh: '达成概率', en: 'P(met)' },
  'dash.col.paths': { zh: '模拟路径数', en: 'Paths simulated' },
  'dash.col.seed': { zh: '随机种子', en: 'Random seed' },
  'dash.col.status': { zh: '判断', en: 'Verdict' },
  'dash.col.fan': { zh: '路径（P5–P95）', en: 'Path (P5–P95)' },
  'dash.headline': { zh: '主要目标', en: 'Headline targets' },
  'dash.others': { zh: '其他目标', en: 'Other targets' },
  'dash.qualitative': { zh: '定性目标（仅列示，不模拟）', en: 'Qualitative targets (listed, not simulated)' },
  'dash.filter': { zh: '筛选目标', en: 'Filter targets' },
  'dash.filter.all': { zh: '全部（{n} 项）', en: 'All ({n})' },
  'dash.filter.attention': {
    zh: '需关注：存在风险、难以达成、未达成（{n} 项）',
    en: 'Needing attention: at risk, off track, missed ({n})',
  },
  'dash.filter.judged': { zh: '已有判断（{n} 项）', en: 'With a verdict ({n})' },
  'dash.filter.waiting': {
    zh: '待补数据：基期待补、待补执行记录或历年数据（{n} 项）',
    en: 'Waiting for data: a base, a record or past figures ({n})',
  },
  'dash.showDetail': { zh: '查看指标详情', en: 'Show indicator detail' },

  'cmp.>=': { zh: '≥', en: '≥' },
  'cmp.<=': { zh: '≤', en: '≤' },
  'cmp.~=': { zh: '≈', en: '≈' },
  'cmp.range': { zh: '区间', en: 'range' },
  'kind.level': { zh: '水平值', en: 'level' },
  'kind.share': { zh: '比重', en: 'share' },
  'kind.growth': { zh: '年均增速', en: 'annual growth' },
  'kind.increase': { zh: '累计新增', en: 'net increase' },
  'kind.quota': { zh: '每年', en: 'per year' },
  'target.approxNote': {
    zh: '“约/左右”：达到 {threshold}（目标值的 {share}）即计为达成，超出目标值不算未达成',
    en: '“About”: counted as met from {threshold} ({share} of the figure); overshooting is not a miss',
  },
  'target.approxNote.fall': {
    zh: '“约/左右”：降至 {threshold} 即计为达成，降得更多不算未达成',
    en: '“About”: counted as met once it falls to {threshold}; falling further is not a miss',
  },
  'target.quotaNote': {
    zh: '每年均须达到：任何一年未达即视为未达成，故中位数达到定额时达成概率仍可能很低',
    en: 'must be met in every year; one short year counts as a miss, so P(met) can be low even with the median at the quota',
  },
  'kind.qualitative': { zh: '定性', en: 'qualitative' },
  // What a target measures, beside a name another target of the plan shares (targetLabel).
  'target.which.level': { zh: '（{year}年目标值）', en: ' ({year} target level)' },
  'target.which.share': { zh: '（{year}年目标比重）', en: ' ({year} target share)' },
  'target.which.growth': { zh: '（至{year}年年均增速）', en: ' (annual growth to {year})' },
  'target.which.increase': { zh: '（至{year}年累计新增）', en: ' (net increase to {year})' },
  'target.which.quota': { zh: '（每年任务，至{year}年）', en: ' (yearly quota to {year})' },
  'target.which.milestone': { zh: '（{year}年完成）', en: ' (done by {year})' },
  'target.which.qualitative': { zh: '（定性，{year}年）', en: ' (qualitative, {year})' },

  'prov.plan': { zh: '规划原文', en: 'Plan text' },
  'prov.derived': { zh: '推算', en: 'Derived' },
  /**
   * After 规划原文 / 统计数据 / 录入值: the value is that figure, transformed one for one — a share simulated
   * through its odds (generatePlan, the plan's own odds helpers). "（一一换算）" had left a director to guess.
   */
  'prov.exactTransform': {
    zh: '（比重换算为比值 s ÷ (1 − s) 供模拟使用，同一数值，并非估算）',
    en: ' (the share converted to its odds s ÷ (1 − s) for the simulation: the same figure, not an estimate)',
  },
  'prov.assumption': { zh: '假设', en: 'Assumption' },
  'prov.statistic': { zh: '统计数据', en: 'Published statistic' },
  'prov.entered': { zh: '录入值', en: 'Entered' },
  'prov.section': { zh: '章节', en: 'Section' },
  'prov.figure': { zh: '原文', en: 'As printed' },
  'prov.formula': { zh: '算式', en: 'Formula' },
  'prov.basedOn': { zh: '所依据的公布数据：', en: 'Starting from this published figure:' },
  'prov.rationale': { zh: '依据', en: 'Rationale' },
  'prov.simulated': {
    zh: '模拟结果：{paths} 条蒙特卡洛路径，随机种子 {seed}，情景“{scenario}”',
    en: 'Simulated: {paths} Monte Carlo paths, seed {seed}, scenario “{scenario}”',
  },
  'prov.median': { zh: '目标年份各路径的中位数（P50）', en: 'Median (P50) across paths in the target year' },
  'prov.medianGrowth': {
    zh: '由目标年中位数推算的年均增速：(P50 ÷ 基期值)^(1/年数) − 1',
    en: 'Annual growth implied by the target-year median: (P50 ÷ base)^(1/years) − 1',
  },
  'prov.medianChange': {
    zh: '由目标年中位数推算的期间累计变化：P50 ÷ 基期值 − 1',
    en: 'Change over the period implied by the target-year median: P50 ÷ base − 1',
  },
  'dash.arithmetic': { zh: '算术平均', en: 'arithmetic' },
  'prov.medianGrowthArithmetic': {
    zh: '由目标年中位数推算的年均增速，按规划的算法（累计增幅 ÷ 年数）：(P50 ÷ 基期值 − 1) ÷ 年数',
    en: 'Annual growth implied by the target-year median, as the plan computes it (total change ÷ years): (P50 ÷ base − 1) ÷ years',
  },
  'prov.medianIncrease': { zh: '目标年中位数减基期值', en: 'Target-year median minus base value' },
  'prov.pmet': { zh: '达成目标的路径所占比例', en: 'Share of paths on which the target is met' },
  'prov.pmetCount': {
    zh: '{met} / {paths} 条路径达成：这是模型假设下的估计，不是确定结论',
    en: 'Met on {met} of {paths} paths: an estimate under the model’s assumptions, not a certainty',
  },
  'prov.actual': { zh: '实际值（规划人员录入）', en: 'Actual value (entered by the planner)' },

  'detail.title': { zh: '指标详情', en: 'Indicator detail' },
  'detail.choose': { zh: '指标', en: 'Indicator' },
  'detail.legend.band90': { zh: 'P5–P95', en: 'P5–P95' },
  'detail.legend.band50': { zh: 'P25–P75', en: 'P25–P75' },
  'detail.legend.median': { zh: '中位数', en: 'Median' },
  'detail.legend.planned': { zh: '规划要求路径', en: 'Path the plan requires' },
  'detail.legend.actual': { zh: '实际值', en: 'Actuals' },
  'detail.legend.derived': { zh: '推算值（由公布数据算出）', en: 'Derived from published figures' },
  'detail.legend.target': { zh: '目标', en: 'Target' },
  'detail.table.year': { zh: '年份', en: 'Year' },
  'detail.base': { zh: '基期值', en: 'Base value' },
  'detail.noBase': { zh: '由公式推算（运行后显示）', en: 'Computed by formula (shown after a run)' },
  'detail.baseAwaitsParts': {
    zh: '基期待补：由公式推算，但组成指标 {parts} 的基期值未知',
    en: 'To be entered: computed by formula, but the base of {parts} is unknown',
  },
  'detail.computedMark': { zh: '（由公式推算）', en: ' (computed by formula)' },
  'detail.questionedStock': {
    zh: '数据存疑：接近规划印出的总数，疑为年末总数而非当年新增，请核对',
    en: 'check: close to the total the plan prints, perhaps the year-end total, not the year’s addition',
  },
  'detail.questionedJump': {
    zh: '数据存疑：比前一个已知值每年多 {step}，达到规划每年增量 {pace} 和其余各年增量（中位数 {others}）的 {times} 倍以上，疑为录入有误，请核对',
    en: 'check: up {step} a year on the value before, {times} or more times both the plan’s step of {pace} a year and the other years’ rises (median {others}), perhaps mistyped',
  },
  'detail.questionedApart': {
    zh: '数据存疑：与前后已知值 {before}、{after} 均相差 {times} 倍以上，疑为录入有误，请核对',
    en: 'check: {times} or more times off both values either side ({before}, {after}), perhaps mistyped',
  },
  'detail.questionedOutlier': {
    zh: '数据存疑：达到规划每年进度 {pace} 和其余各年（中位数 {others}）的 {times} 倍以上，疑为录入有误，请核对',
    en: 'check: {times} or more times both the plan’s pace of {pace} a year and the other years (median {others}), perhaps mistyped',
  },
  'detail.questioned': {
    zh: '数据存疑：疑为 {guess}（小数点错位），请核对',
    en: 'check: perhaps {guess} (a slipped decimal point)',
  },
  'detail.publishedGrowth': { zh: '比上年增长 {rate}', en: 'growth of {rate} over the year before' },
  'detail.baseFromFormula': {
    zh: '按公式 {formula} 由各组成指标的基期值算出',
    en: "Computed as {formula} from its parts' base values",
  },
  'detail.dynamics': { zh: '演化方式', en: 'Dynamics' },
  'detail.symbols': { zh: '式中', en: 'Where' },
  'detail.median': { zh: '中位数', en: 'median' },
  'detail.checkFinding': { zh: '规划校核：', en: 'Plan check: ' },
  'detail.historyRate': {
    zh: '（由 {from}–{to} 年实际值推算，代替默认假设 {replaced}）',
    en: ' (reckoned from the {from}–{to} actuals, in place of the default {replaced})',
  },
  'detail.historyRate.odds': {
    zh: '（由 {from}–{to} 年实际比重推算，代替默认假设 {replaced}）',
    en: ' (reckoned from the {from}–{to} observed shares, in place of the default {replaced})',
  },
  'detail.historyRate.entry': {
    zh: '（{basis}，代替默认假设 {replaced}）',
    en: ' ({basis}, in place of the default {replaced})',
  },
  'dyn.growth': { zh: '按增速增长：{rate}', en: 'Grows at a rate: {rate}' },
  'dyn.stock': {
    zh: '存量 = 上年 + 流入 − 流出：{inflow}',
    en: 'Stock = last year + inflow − outflow: {inflow}',
  },
  'dyn.cohort.renewal': { zh: '复审率 {renewal}', en: 'renewal {renewal}' },
  'dyn.cohort.exit': { zh: '年退出率 {exit}', en: 'exit {exit}' },
  'dyn.cohort.sep': { zh: '；', en: '; ' },
  'dyn.cohort': {
    zh: '分批认定，{life} 年有效期，到期按比例复审：{inflow}',
    en: 'Cohorts valid {life} years, renewed at a rate: {inflow}',
  },
  'dyn.derived': { zh: '由公式计算：{formula}', en: 'Formula: {formula}' },
  'dyn.cumulative': { zh: '自基期起累计：{flow}', en: 'Cumulative since base year: {flow}' },
  'dyn.event': { zh: '每年实现概率：{hazard}', en: 'Chance each year of being achieved: {hazard}' },
  'dyn.count': { zh: '每年计数，均值：{mean}', en: 'Whole count each year, mean: {mean}' },
  'detail.baseUnknown': { zh: '基期待补', en: 'Base to be entered' },

  'export.csv': { zh: '导出 CSV', en: 'Export CSV' },
  'export.svg': { zh: 'SVG', en: 'SVG' },
  'export.png': { zh: 'PNG', en: 'PNG' },
  'export.chart': { zh: '导出图表', en: 'Export chart' },
  'export.print': { zh: '打印报告', en: 'Print report' },

  'levers.title': { zh: '政策杠杆与假设', en: 'Policy levers & assumptions' },
  'levers.intro': {
    zh: '拖动滑块即时预览（少量路径），松开后完整计算。效果大小与成本均为标注的假设。',
    en: 'Drag a slider for a quick preview (few paths); release for the full run. Effect sizes and costs are labelled assumptions.',
  },
  'levers.group.levers': {
    zh: '政策杠杆（合肥市 2025 年若干措施）',
    en: 'Policy levers (Hefei 2025 measures)',
  },
  'levers.group.assumptions': { zh: '增长与参数假设', en: 'Growth and parameter assumptions' },
  'levers.group.shocks': { zh: '冲击事件', en: 'Shock events' },
  'levers.resetAll': { zh: '全部恢复规划默认', en: 'Reset all to plan defaults' },
  'levers.reset': { zh: '恢复默认', en: 'Reset' },
  'levers.changed': { zh: '已修改', en: 'changed' },
  'levers.default': { zh: '默认 {value}', en: 'default {value}' },
  'levers.cost': { zh: '每单位强度成本 {cost}', en: 'Cost per unit of intensity {cost}' },
  'levers.totalCost': {
    zh: '政策总成本（至目标年）：{cost}',
    en: 'Total policy cost (to target year): {cost}',
  },
  'levers.effects': { zh: '作用于', en: 'Moves' },
  'levers.lag': { zh: '滞后 {lag} 年，{ramp} 年达到全部效果', en: 'Lag {lag} y, full effect after {ramp} y' },
  'levers.applicability.high': { zh: '适用性高', en: 'Highly applicable' },
  'levers.applicability.medium': { zh: '适用性中', en: 'Partly applicable' },
  'levers.applicability.low': { zh: '适用性低（城区难以适用）', en: 'Hardly applies (urban district)' },
  'levers.intensity': { zh: '强度', en: 'Intensity' },
  'levers.start': { zh: '起始年份', en: 'Starts in' },
  'levers.clampedMax': {
    zh: '已按上限 {limit} 计（输入 {typed}）',
    en: 'used the maximum, {limit} (typed {typed})',
  },
  'levers.clampedMin': {
    zh: '已按下限 {limit} 计（输入 {typed}）',
    en: 'used the minimum, {limit} (typed {typed})',
  },
  'levers.startYear': { zh: '{year}年起', en: 'from {year}' },
  'levers.fromHistory': {
    zh: '推演现按已录入的实际数据取 {rate}（{basis}），不用上面的默认值；移动滑块即改用您设定的值。',
    en: 'The run now takes {rate} from the actuals entered ({basis}), not the default above; moving the slider sets your own.',
  },
  'levers.locked': {
    zh: '所驱动的指标到 {through} 年已逐年有观测值：改动只影响 {after} 年起的推演，不改变任何目标的数值与判断。',
    en: 'What this drives is observed every year to {through}: a change moves only {after} on, no target’s figure or verdict.',
  },
  'levers.beforeIssued': {
    zh: '早于政策印发年份（{issued}年）：按“假如政策提前出台”推演，属反事实假设',
    en: 'Before the policy was issued ({issued}): read as if it had come earlier, a counterfactual assumption',
  },
  'levers.uncertain': {
    zh: '数值（可写“7.5% ± 2%”或“5% 到 10%”）',
    en: 'Value (e.g. “7.5% ± 2%” or “5% to 10%”)',
  },
  'levers.uncertainHelp': {
    zh: '数值（可写“7.5% ± 2%”：± 后为标准差，90% 的路径落在均值 ± 1.645 倍标准差内；或“5% 到 10%”：90% 的路径落在此区间）',
    en: 'Value (“7.5% ± 2%”: after ± a standard deviation, 90% of paths within the mean ± 1.645 of it; or “5% to 10%”: 90% of paths in that range)',
  },
  'levers.badValue': { zh: '无法识别：{message}', en: 'Not understood: {message}' },
  'levers.outOfRange': {
    zh: '“{typed}”超出可调范围（{min} 至 {max}），未采用',
    en: '"{typed}" is outside the range ({min} to {max}) and was not used',
  },
  'levers.changedCount': { zh: '已修改 {n} 项', en: '{n} changed' },
  'levers.none': { zh: '本规划未定义政策杠杆。', en: 'This plan defines no policy levers.' },
  'levers.shockYear': { zh: '{year} 年起，持续 {duration} 年', en: 'from {year}, for {duration} y' },

  'scen.descriptionAsSaved': {
    zh: '保存时的说明（此后已修改）：{text}',
    en: 'as saved (modified since): {text}',
  },
  'scen.title': { zh: '情景', en: 'Scenarios' },
  'scen.current': { zh: '当前情景', en: 'Current scenario' },
  'scen.name': { zh: '情景名称', en: 'Scenario name' },
  'scen.save': { zh: '保存到本机浏览器', en: 'Save in this browser' },
  'scen.saved': { zh: '已保存“{name}”', en: 'Saved “{name}”' },
  'scen.library': { zh: '情景库', en: 'Scenario library' },
  'scen.mine': { zh: '我保存的情景', en: 'My saved scenarios' },
  'scen.load': { zh: '打开', en: 'Open' },
  'scen.delete': { zh: '删除', en: 'Delete' },
  'scen.deleteConfirm': {
    zh: '删除已保存的情景“{name}”？此操作不能撤销（可先导出为文件）。',
    en: 'Delete the saved scenario "{name}"? This cannot be undone (export it as a file first).',
  },
  'scen.compare': { zh: '加入对比', en: 'Compare' },
  'scen.export': { zh: '导出情景文件', en: 'Export scenario file' },
  'scen.import': { zh: '导入情景文件', en: 'Import scenario file' },
  'scen.imported': { zh: '已导入“{name}”', en: 'Imported “{name}”' },
  'scen.importError': { zh: '无法导入 {file}：{message}', en: 'Cannot import {file}: {message}' },
  'scen.document.not-object': {
    zh: '不是情景文件（应为一个 JSON 对象）',
    en: 'not a scenario file (a JSON object was expected)',
  },
  'scen.document.otherPlan': {
    zh: '情景文件属于另一份规划（“{plan}”），本页打开的是“{current}”；当前情景未改动。请在本页导入或打开那份规划后再导入此文件',
    en: 'the scenario file belongs to another plan (“{plan}”) and this page has “{current}” open; the current scenario is unchanged. Import or open that plan here, then import the file again',
  },
  'scen.document.format': {
    zh: '文件格式为“{found}”，本页只读“{format}”（可能来自更新的版本）；当前情景未改动',
    en: 'the file’s format is “{found}”; this page reads “{format}” only (it may come from a newer version); the current scenario is unchanged',
  },
  'scen.storageError': {
    zh: '本机保存的情景“{name}”无法读取，已跳过（未删除）：{message}',
    en: 'Saved scenario “{name}” cannot be read and was skipped (not deleted): {message}',
  },
  'scen.noneSaved': { zh: '尚未保存情景。', en: 'No saved scenarios yet.' },
  'scen.changes': { zh: '与规划默认不同的设置：{n} 项', en: 'Settings differing from the plan: {n}' },
  'scen.formulas': { zh: '自定义指标 {n} 项', en: 'formula cells: {n}' },
  'scen.run': { zh: '{label} {value}', en: '{label} {value}' },
  'scen.run.horizon': { zh: '推演至', en: 'runs to' },
  'scen.run.seed': { zh: '随机种子', en: 'seed' },
  'scen.run.paths': { zh: '路径数', en: 'paths' },
  'scen.run.asOf': { zh: '评估截至', en: 'evaluated as of' },
  'scen.actuals': { zh: '录入实际数据 {n} 项指标', en: 'actuals entered for {n} indicators' },
  'scen.defaultName': { zh: '我的情景', en: 'My scenario' },
  'scen.unnamed': { zh: '未命名情景', en: 'Unnamed scenario' },

  'cmp.title': { zh: '情景对比', en: 'Scenario comparison' },
  'cmp.intro': {
    zh: '最多对比四个情景：叠加路径、不同设置一览、达成概率与中位数之差。',
    en: 'Up to four scenarios: overlaid paths, the settings that differ, and differences in P(met) and medians.',
  },
  'ownPlans.notice': {
    zh: '本机浏览器中有 {n} 份自建规划，最近保存的是“{title}”；当前打开的是内置规划“{plan}”。',
    en: 'This browser holds {n} plan(s) of your own; the latest saved is “{title}”. The page shows the embedded plan, “{plan}”.',
  },
  'ownPlans.openLatest': { zh: '打开最近的自建规划', en: 'Open the latest' },
  'ownPlans.all': { zh: '查看全部规划', en: 'All plans' },
  'cmp.cost': { zh: '政策总成本（至目标年）', en: 'Total policy cost (to target year)' },
  'cmp.costTip': {
    zh: '推算：Σ 杠杆强度 × 每单位年成本 × 实施年数；每单位成本的出处见各杠杆说明',
    en: 'Derived: Σ lever intensity × annual cost per unit × years applied; each lever says where its cost per unit comes from',
  },
  'cmp.empty': {
    zh: '从“情景”中点击“加入对比”添加情景。',
    en: 'Add scenarios with “Compare” in the Scenarios section.',
  },
  'cmp.addCurrent': { zh: '加入当前情景', en: 'Add current scenario' },
  'cmp.remove': { zh: '移除', en: 'Remove' },
  'cmp.settings': { zh: '设置对比', en: 'Settings compared' },
  'cmp.setting': { zh: '设置', en: 'Setting' },
  'cmp.planDefault': { zh: '默认设置', en: 'Default' },
  'cmp.fromHistory': {
    zh: '（{basis}，代替默认）',
    en: ' ({basis}, in place of the default)',
  },
  'cmp.results': { zh: '达成概率与中位数', en: 'P(met) and medians' },
  'cmp.deltaVsFirst': { zh: '与第一个情景之差', en: 'Difference from the first' },
  'check.tooDeep': {
    zh: '内容嵌套过深，无法读取',
    en: 'it is nested too deeply to be read',
  },
  'cmp.noDiff': { zh: '所选情景的设置完全相同。', en: 'The scenarios have identical settings.' },
  'cmp.noDiffShared': {
    zh: '所选情景的设置完全相同；下表列出它们共同改动的默认设置。',
    en: 'The scenarios have identical settings; the table lists the defaults they all change.',
  },
  'cmp.shared': { zh: '各情景相同（均不同于默认设置）', en: 'Shared by every scenario (not the default)' },
  'cmp.running': { zh: '正在计算对比情景…', en: 'Running compared scenarios…' },

  'eval.missedShort': { zh: '{years} 年未完成', en: 'missed in {years}' },
  'eval.title': { zh: '规划实施评估（中期 · 终期）', en: 'Plan review (mid-term · final)' },
  'eval.intro': {
    zh: '评估表依据规划所附的公布统计（如有）和您录入的实际数据。从 Excel/WPS 复制实际统计数据（指标、年份、数值，或每年一列）粘贴到下框即可录入。不带单位的数字按指标在规划中的单位读取（如亿元）；也可在单位列或数字后注明单位（万元、亿元、万户等）。',
    en: 'The review table rests on the published statistics the plan carries (if any) and the actuals you enter. To enter actuals, paste statistics copied from Excel/WPS (indicator, year, value — or one column per year) below. A number without a unit is read in the unit the plan records for its indicator, for amounts “亿元” (100 million yuan): 450 is 45 bn yuan. To be sure, give the unit (bn yuan, m yuan, 亿元 …) in a unit column or after the number.',
  },
  'eval.paste': { zh: '粘贴实际数据', en: 'Paste actuals' },
  'eval.entered': { zh: '已录入的实际数据（{n} 个数值）', en: 'Actuals entered (values: {n})' },
  'eval.entered.indicator': { zh: '指标', en: 'Indicator' },
  'eval.chainedTip': {
    zh: '推算：由录入的逐年增速连乘（{base}年为1）：{formula}',
    en: 'Derived: chained from the yearly growth rates entered ({base} = 1): {formula}',
  },
  'eval.baseTip.actual': {
    zh: '{year}年的值：录入或公布的实际数据（见“已录入的实际数据”或数据出处）',
    en: 'the {year} value entered or published (see the actuals entered, or the sources)',
  },
  'eval.asOf.label': { zh: '评估截至', en: 'Evaluate as of' },
  'eval.asOf.latest': { zh: '最新数据', en: 'the latest data' },
  'eval.baseTip.entered': {
    zh: '{year}年的值：录入的实际数据（见“已录入的实际数据”；录入值优先于公布统计）',
    en: 'the {year} value entered (see the actuals entered; an entered value takes precedence over a published one)',
  },
  'eval.baseTip.model': {
    zh: '推算：由{year}年的基期数值按指标定义算得（如分项之和、比重），各分项为规划值、公布统计或录入值',
    en: 'derived: computed from the {year} values by the indicator’s definition (a sum of parts, a share), each part printed, published or entered',
  },
  'eval.baseTip.formula': {
    zh: '推算：{formula}，各项取{year}年的数值（规划值、公布统计或录入值，见各自出处）',
    en: 'derived: {formula}, each at its {year} value (printed, published or entered: see its own source)',
  },
  'eval.apply': { zh: '应用实际数据', en: 'Apply actuals' },
  'eval.pasteStopped': {
    zh: '计算引擎两次重新启动，这次粘贴未能读取。粘贴的内容仍在框中，请再点一次“应用实际数据”。',
    en: 'The engine restarted twice while reading this paste. The text is still in the box: apply it again.',
  },
  'eval.pasteFailed': {
    zh: '未能读取粘贴的数据（{message}）。粘贴的内容仍在框中，已录入的数据未改动。',
    en: 'The paste could not be read ({message}). The text is still in the box; nothing entered before was changed.',
  },
  'eval.stuck': {
    zh: '评估{s}秒无进展，重启计算引擎后仍无结果。已录入的数据未改动；修改任一设置或重新应用实际数据即可再算一次。',
    en: 'The evaluation made no progress for {s} s, even after the engine was restarted. Nothing entered was changed; change any setting or apply the actuals again to retry.',
  },
  'eval.clear': { zh: '清除实际数据', en: 'Clear actuals' },
  'eval.file': { zh: '从文件读入（CSV、Excel）…', en: 'From a file (CSV, Excel)…' },
  'eval.fileRead': { zh: '已读入“{file}”{sheet}：', en: 'Read “{file}”{sheet}: ' },
  'eval.fileSheet': { zh: '（工作表“{sheet}”）', en: ' (sheet “{sheet}”)' },
  'eval.fileGbk': {
    zh: '（不是 UTF-8 编码，已按 GBK 读取；如有乱码，请另存为“CSV UTF-8”）',
    en: ' (not UTF-8: read as GBK; if any text looks garbled, save it as "CSV UTF-8")',
  },
  'eval.fileProblem.not-xlsx': {
    zh: '无法读取“{file}”：既不是表格文本，也不是 Excel/WPS 能打开的工作簿',
    en: 'Cannot read “{file}”: neither a table as text nor a workbook Excel or WPS can open',
  },
  'eval.fileProblem.file-too-large': {
    zh: '“{file}”超过 10 MB，未读取',
    en: '“{file}” is over 10 MB and was not read',
  },
  'eval.fileProblem.empty': { zh: '“{file}”是空的', en: '“{file}” is empty' },
  'eval.lastPaste': {
    zh: '上次粘贴的内容（其中读出的数值已保存）：未采用的单元格请更正后重新应用，存疑的数值请核对。',
    en: 'Your last paste (the values it read are kept): correct the cells not used and apply again, and check the values questioned.',
  },
  'eval.cellErrors': {
    zh: '以下单元格未采用（其余数据已读取）：',
    en: 'These cells were not used (the rest was read):',
  },
  'eval.cellWarnings': {
    zh: '以下数值已读取并采用，但可能有误，请核对：',
    en: 'These values were read and are used, but may be wrong: please check them:',
  },
  'eval.cellErrorsNothingRead': {
    zh: '因以下问题，未读取任何数据：',
    en: 'Nothing was read, for these reasons:',
  },
  'eval.rowCol': { zh: '第 {row} 行第 {col} 列', en: 'row {row}, column {col}' },
  'eval.rowOnly': { zh: '第 {row} 行', en: 'row {row}' },
  'eval.passedOver': { zh: '以下内容未读取（不影响其余数据）：', en: 'Passed over (the rest was read):' },
  'eval.converted': { zh: '已读取并换算：', en: 'Read and converted:' },
  'eval.overPublished': { zh: '已读取并替代公布统计：', en: 'Read, in place of published figures:' },
  'settings.actuals': { zh: '录入的实际数据', en: 'Actuals entered' },
  'settings.values': { zh: '{n} 个数值', en: '{n} values' },
  'settings.run.horizon': { zh: '推演至', en: 'Horizon' },
  'settings.run.seed': { zh: '随机种子', en: 'Random seed' },
  'settings.run.paths': { zh: '路径数', en: 'Paths' },
  'settings.run.asOf': {
    zh: '评估截至（只用于评估，不改变推演）',
    en: 'Evaluation as of (the evaluation only, not the runs)',
  },
  'settings.run.year': { zh: '{year}年', en: '{year}' },
  'settings.run.latest': { zh: '最新数据', en: 'latest data' },
  'settings.lever': { zh: '{intensity}（{start}年起）', en: '{intensity} (from {start})' },
  'eval.readCount': { zh: '已读取 {n} 个数值', en: '{n} values read' },
  'eval.readCount.one': { zh: '已读取 1 个数值', en: '1 value read' },
  'eval.enteredCount': { zh: '本情景共有 {n} 个录入值', en: 'The scenario holds {n} entered values' },
  'eval.readCountBases': {
    zh: '已读取 {n} 个数值，其中 {bases} 个为{year}年基期值：已用作这些指标的基期（见目标总览），下表只列基期之后的实际数据',
    en: '{n} values read, {bases} of them {year} base values: they are now those indicators’ bases (see Targets); the table below lists actuals after the base year',
  },
  'cell.full': {
    zh: '本情景已有 {limit} 个单元格（公式、笔记、图表与表格合计），已达上限：请先删除不再需要的单元格。',
    en: 'This scenario already has {limit} cells (formulas, notes, charts and tables), the most it can hold: remove one you no longer need first.',
  },
  'eval.none': { zh: '尚无实际数据。', en: 'No actuals yet.' },
  'eval.moreIssues': { zh: '另有 {n} 处问题未列出。', en: '{n} more not listed.' },
  'eval.nonePublished': {
    zh: '尚未录入实际数据：下表先依据规划所附的公布统计（{n} 个数值），粘贴的数据将一并评估。',
    en: 'No actuals entered yet: the table below starts from the published statistics the plan carries ({n} values); what you paste joins them.',
  },
  'eval.statisticsOnly': {
    zh: '本表只依据规划所附的公布统计，尚未纳入录入的实际数据。',
    en: 'This table rests on the published statistics the plan carries alone; no entered actuals yet.',
  },
  'eval.col.target': { zh: '目标', en: 'Target' },
  'eval.col.base': { zh: '基期', en: 'Base' },
  'eval.col.goal': { zh: '目标值', en: 'Target' },
  'eval.col.latest': { zh: '最新实际', en: 'Latest actual' },
  'eval.col.tau': { zh: '时间进度', en: 'Time elapsed' },
  'eval.col.progress': { zh: '完成进度', en: 'Progress' },
  'eval.col.planned': { zh: '实际值 ÷ 规划路径值', en: 'Actual ÷ planned-path value' },
  'eval.col.achieved': { zh: '已实现年均增速', en: 'Achieved CAGR' },
  'eval.col.required': { zh: '规划要求年均增速', en: 'Required CAGR' },
  'eval.col.remaining': { zh: '最新实际至目标年所需增速', en: 'Growth needed from the latest actual' },
  'eval.col.pmet': { zh: '达成概率', en: 'P(met)' },
  'eval.col.status': { zh: '评估结论', en: 'Status' },
  'eval.summary': { zh: '汇总', en: 'Summary' },
  'eval.onlyData': { zh: '仅显示有实际数据的目标', en: 'Only targets with actuals' },
  'eval.report': { zh: '中期评估报告', en: 'Mid-term review report' },
  'eval.report.final': { zh: '终期评估报告', en: 'Final review report' },
  'eval.thresholds': { zh: '判定标准', en: 'Thresholds' },
  'eval.verdictRule': {
    zh: '“综合判断”一栏与目标总览的判断相同。{rule}',
    en: "The Verdict column is the dashboard's verdict. {rule}",
  },
  'eval.verdictRule.asOf': {
    zh: '“综合判断”一栏按截至{year}年的数据推演，与目标总览（按全部数据）可能不同。{rule}',
    en: "The Verdict column is the forecast from the data up to {year}; the dashboard's, on all the data, may differ. {rule}",
  },
  'eval.unavailable': {
    zh: '评估功能尚未接入计算引擎。',
    en: 'Evaluation is not yet available from the engine.',
  },
  'eval.generated': {
    zh: '生成时间 {date} · 情景“{scenario}”',
    en: 'Generated {date} · scenario “{scenario}”',
  },
  'eval.asOf': { zh: '实际数据截至 {year} 年', en: 'actuals up to {year}' },

  'check.title': { zh: '规划校核', en: 'Plan check' },
  'check.intro': {
    zh: '检查规划自身数字是否一致，每条发现都列出算式。',
    en: "Checks the plan's own figures for consistency; each finding shows its arithmetic.",
  },
  'check.arithmetic': { zh: '算式', en: 'Arithmetic' },
  'check.unavailable': {
    zh: '校核功能尚未接入计算引擎。',
    en: 'The plan check is not yet available from the engine.',
  },

  'gs.title': { zh: '目标反推与最低成本组合', en: 'Goal-seek and least-cost mix' },
  'gs.intro': {
    zh: '求使某目标达成概率不低于 p 的最小政策强度或增速；或满足一组目标的最低财政成本组合。',
    en: 'Find the smallest lever intensity or growth at which a target is met with probability ≥ p, or the cheapest lever mix meeting a set of targets.',
  },
  'gs.target': { zh: '目标', en: 'Target' },
  'gs.lever': { zh: '调节对象', en: 'Adjust' },
  'gs.prob': { zh: '要求达成概率', en: 'Required probability' },
  'gs.run': { zh: '开始反推', en: 'Goal-seek' },
  'gs.optimize': { zh: '求最低成本组合', en: 'Least-cost mix' },
  'gs.cancel': { zh: '取消', en: 'Cancel' },
  'gs.cancelled': { zh: '已取消', en: 'Cancelled' },
  'gs.progress': { zh: '进度 {pct}%', en: 'Progress {pct}%' },
  'gs.result': { zh: '结果', en: 'Result' },
  'gs.noEffect': {
    zh: '{name}不影响“{target}”：在 {lo}–{hi} 之间取任何值，它的推演结果都不变；请选择与该目标相关的假设或政策。',
    en: '{name} does not move “{target}”: any value from {lo} to {hi} leaves its forecast unchanged. Choose an assumption or policy that bears on it.',
  },
  'gs.tooLate': {
    zh: '{name}自{start}年起实施、滞后 {lag} 年见效（{first}年起），{year}年的目标不受它影响；起始年份可在“政策杠杆”中修改（早于政策印发年份属反事实假设）。',
    en: ' {name} starts in {start} and acts after {lag} year(s), from {first}: it cannot move a {year} target. Its start year can be changed under the levers (before the policy was issued, a counterfactual).',
  },
  'gs.noSolution': {
    zh: '在可调范围 {lo}–{hi} 内无解：{name} 取最大值 {hi} 时，“{target}”的达成概率仅为 {p}，达不到要求的 {req}。',
    en: 'No value in the range {lo}–{hi} suffices: even at {name} = {hi}, the probability that “{target}” is met is {p}, short of the {req} required.',
  },
  'gs.noSolution.down': {
    zh: '在可调范围 {lo}–{hi} 内无解：{name} 取最小值 {lo} 时，“{target}”的达成概率仅为 {p}，达不到要求的 {req}。',
    en: 'No value in the range {lo}–{hi} suffices: even at {name} = {lo}, the probability that “{target}” is met is {p}, short of the {req} required.',
  },
  'gs.awaitingBase': { zh: '基期待补', en: 'base to be entered' },
  'gs.settled': { zh: '目标年已有数据', en: 'settled by its target year’s figure' },
  'gs.settledQuota': { zh: '{year}年未完成年度任务', en: 'its quota was missed in {year}' },
  'gs.settledReckoned': { zh: '目标年已有推算值', en: 'settled by a reckoned figure' },
  'gs.unknownBase': {
    zh: '无法反推：“{target}”的指标基期待补，推演算不出它的路径，任何取值都无从判断。请先录入该指标的基期数值。',
    en: 'Cannot goal-seek: “{target}” rests on an indicator whose base is still to be entered (基期待补), so no path can be computed and no value can be judged. Enter its base-year value first.',
  },
  'gs.observed': {
    zh: '无需反推：“{target}”已由{year}年的实际值定局（见目标总览的判断），任何取值都改变不了已发生的结果。',
    en: 'Nothing to seek: “{target}” was settled by the {year} actual (see its verdict in Targets); no value changes what has happened.',
  },
  'gs.solution': {
    zh: '{name} 至少取 {value}，“{target}”的达成概率才能达到 {req}（此时为 {p}）。',
    en: '{name} must be at least {value} for “{target}” to be met with a probability of at least {req} (at that value: {p}).',
  },
  'gs.solution.down': {
    zh: '{name} 至多取 {value}，“{target}”的达成概率才能达到 {req}（此时为 {p}）；取值越大，越难达成。',
    en: '{name} must be at most {value} for “{target}” to be met with a probability of at least {req} (at that value: {p}); the higher it is, the less likely the target.',
  },
  'gs.alreadyMet.down': {
    zh: '无需调整：{name} 取最大值 {value} 时，“{target}”的达成概率仍为 {p}，不低于要求的 {req}。',
    en: 'Nothing to adjust: even at its maximum {name} = {value}, the probability that “{target}” is met is {p}, at least the {req} required.',
  },
  'gs.alreadyMet': {
    zh: '无需调整：{name} 取最小值 {value} 时，“{target}”的达成概率已为 {p}，不低于要求的 {req}。',
    en: 'Nothing to adjust: at its minimum {name} = {value}, the probability that “{target}” is met is already {p}, at least the {req} required.',
  },
  'gs.deterministic': { zh: '确定性路径达标', en: 'the deterministic path' },
  'levers.oddsReading': {
    zh: '按此取值，{share}由{baseYear}年的 {from} 到{year}年约 {to}（年均 {pp} 个百分点；此处的 %/年 是比重几率的变化率，比重越接近 0 或 100% 变化越慢）',
    en: 'At this value {share} goes from {from} in {baseYear} to about {to} in {year} ({pp} points a year; the %/yr here is a rate of the share’s odds, which moves the share less the nearer it is to 0 or 100%)',
  },
  'gs.current': { zh: '当前情景取值 {value}', en: 'Current scenario: {value}' },
  'gs.currentSet': {
    zh: '当前情景取值 {value}（本情景设定）',
    en: 'Current scenario: {value} (set in this scenario)',
  },
  'gs.currentDefault': {
    zh: '当前情景取值 {value}（规划默认值，依据：{source}）',
    en: 'Current scenario: {value} (the plan’s default; basis: {source})',
  },
  'gs.currentLeverOff': {
    zh: '当前情景取值 {value}（本情景未启用此项政策）',
    en: 'Current scenario: {value} (this policy is not used in this scenario)',
  },
  'gs.currentHistory': {
    zh: '当前情景取值 {value}（{basis}，代替默认假设）',
    en: 'Current scenario: {value} ({basis}, in place of the default)',
  },
  'gs.totalCostAtMax': { zh: '取最大值时总成本 {cost}', en: 'Total cost at the maximum {cost}' },
  'opt.observed': {
    zh: '无法求组合：{targets}已由实际值确定未达成，任何杠杆组合都改变不了已发生的结果。请不选这些目标。',
    en: 'Cannot search: {targets} already missed by observed values; no lever mix changes what has happened. Leave them out.',
  },
  'opt.unknownBase': {
    zh: '无法求组合：{targets}的指标基期待补，推演算不出它们的路径，任何杠杆组合都无从判断。请先录入基期数值，或不选这些目标。',
    en: 'Cannot search: {targets} rest on indicators whose base is still to be entered (基期待补), so no path can be computed and no lever mix can be judged. Enter their base-year values first, or leave these targets out.',
  },
  'opt.found.exact': {
    zh: '使所选 {n} 个目标的达成概率均不低于 {req} 的最低成本政策组合（逐一枚举，精确解）：',
    en: 'The cheapest lever mix meeting all {n} chosen targets with P ≥ {req} (exhaustive search, exact):',
  },
  'opt.found.greedy': {
    zh: '使所选 {n} 个目标的达成概率均不低于 {req} 的低成本政策组合（贪心搜索，近似解，未必最低）：',
    en: 'A low-cost lever mix meeting all {n} chosen targets with P ≥ {req} (greedy search: approximate, not necessarily the cheapest):',
  },
  'opt.alreadyMet': {
    zh: '不加任何政策杠杆，所选目标的达成概率已均不低于 {req}。',
    en: 'With no lever applied, every chosen target is already met with P ≥ {req}.',
  },
  'opt.infeasible': {
    zh: '即使所有政策杠杆都取最大强度，以下目标的达成概率仍达不到 {req}：{targets}。',
    en: 'Even with every lever at its maximum, these targets stay below P = {req}: {targets}.',
  },
  'opt.noLevers': {
    zh: '本规划没有政策杠杆（带强度和财政成本的政策措施），最低成本组合是在政策杠杆之间比较成本，因此无从求起。可以反推的只有增速等假设：在上方“调节对象”中选一项“假设：…”。',
    en: 'This plan has no policy levers (policy measures with an intensity and a fiscal cost). The least-cost mix weighs levers by their cost, so there is nothing to mix. Only growth and other assumptions can be sought: choose an “Assumption: …” under Adjust above.',
  },
  'opt.noLever': { zh: '（无需启用任何政策杠杆）', en: '(no lever needs to be used)' },
  'gs.apply': { zh: '应用到当前情景', en: 'Apply to current scenario' },
  'gs.pastYear': {
    zh: '目标年（{year}年）已过，且尚无该年实际数据：以下是按模型对已过年份的推算，政策已无法改变该年的结果。请先录入{year}年实际数据，再看目标是否达成。',
    en: 'The target year ({year}) is over and has no actual yet: what follows is the model’s reckoning of a year that has happened, which no lever can change now. Enter the {year} actual to see whether the target was met.',
  },
  'gs.pickTargets': {
    zh: '请先在上方勾选至少一个目标，再求最低成本组合。',
    en: 'Tick at least one target above first, then look for the least-cost mix.',
  },
  'gs.targets': { zh: '需满足的目标', en: 'Targets to meet' },
  'gs.unavailable': {
    zh: '反推功能尚未接入计算引擎。',
    en: 'Goal-seek is not yet available from the engine.',
  },
  'gs.lever.prefix': { zh: '政策：', en: 'Lever: ' },
  'gs.param.share': {
    zh: '假设：{share}年变化（个百分点/年）',
    en: 'Assumption: {share}, yearly change (pp a year)',
  },
  'gs.points.value': {
    zh: '{pp} 个百分点/年（{year}年达到 {level}）',
    en: '{pp} pp a year ({level} in {year})',
  },
  'gs.points.level': { zh: '{year}年 {level}', en: '{level} in {year}' },
  'gs.points.reached': {
    zh: '此时{share}{year}年达到 {level}，即每年 {pp} 个百分点',
    en: 'At that value {share} reaches {level} in {year}: {pp} pp a year',
  },
  'gs.restsOn.history': {
    zh: '此答案依据{what}，这是无历史数据时的默认假设，不是数据；录入该指标的历年实际值后，将按实际重算。',
    en: 'This answer rests on {what}, a default assumed when no history is given, not data; enter the indicator’s actuals and it is reckoned from them.',
  },
  'gs.restsOn.record': {
    zh: '此答案依据{what}，这是代替执行记录的假设，不是数据；录入逐年执行记录后，将按实际重算。',
    en: 'This answer rests on {what}, an assumption standing in for a record of delivery, not data; enter the yearly record and it is reckoned from it.',
  },
  'gs.restsOn.value': { zh: '“{name}” {value}', en: '“{name}” at {value}' },
  'gs.restsOn.spread': { zh: '“{name}”的波动 ± {sd}', en: 'the spread ± {sd} of “{name}”' },
  'gs.restsOn.odds': {
    zh: '“{share}”逐年变化的幅度与波动',
    en: 'the pace and spread of “{share}” year to year',
  },
  'gs.restsOn.oddsSpread': { zh: '“{share}”逐年变化的波动', en: 'the spread of “{share}” year to year' },
  'gs.points.fromBase': {
    zh: '个百分点/年自{year}年基期值 {from} 起算，按确定性路径（不含波动）',
    en: 'Points a year counted from the base {from} in {year}, on the deterministic path (without the spread)',
  },
  'gs.points.fromActual': {
    zh: '个百分点/年自{year}年实际值 {from} 起算，按确定性路径（不含波动）',
    en: 'Points a year counted from the {year} actual {from}, on the deterministic path (without the spread)',
  },
  'gs.param.prefix': { zh: '假设：', en: 'Assumption: ' },
  'gs.iterations': {
    zh: '迭代 {n} 次，搜索区间 [{lo}, {hi}]（二分搜索的精度，不含抽样误差）',
    en: '{n} iterations, bracket [{lo}, {hi}] (the search’s precision, not the sampling error)',
  },
  'gs.runSize': { zh: '{paths} 条路径，种子 {seed}', en: '{paths} paths, seed {seed}' },
  'gs.totalCost': { zh: '总成本 {cost}', en: 'Total cost {cost}' },

  'fx.title': { zh: '自定义指标', en: 'Formula cells' },
  'fx.intro': {
    zh: '用 mathjs 语法基于规划指标定义新指标（如 {example}），随情景保存并参与模拟。单位为 % 时公式应得出小数（0.35 即 35%），不要乘以 100。',
    en: "Define an indicator from the plan's indicators in mathjs syntax (e.g. {example}); it is kept in the scenario and simulated. With the unit %, the formula gives a fraction (0.35 is 35%): do not multiply by 100.",
  },
  'fx.id': { zh: '标识（英文小写）', en: 'Id (snake_case)' },
  'fx.name': { zh: '名称', en: 'Name' },
  'fx.namePlaceholder': { zh: '新指标的名称', en: 'The new indicator’s name' },
  'fx.unit': { zh: '单位', en: 'Unit' },
  'fx.formula': { zh: '公式', en: 'Formula' },
  'fx.add': { zh: '添加指标', en: 'Add indicator' },
  'fx.remove': { zh: '删除', en: 'Remove' },
  'fx.error': { zh: '公式有误：', en: 'Formula error:' },
  'fx.at': { zh: '（第 {pos} 个字符处）', en: ' (at character {pos})' },
  'fx.badId': {
    zh: '标识须为小写字母开头的 snake_case，且不与已有指标重名',
    en: 'The id must be snake_case starting with a letter and not already used',
  },
  'fx.symbols': { zh: '可用名称：', en: 'Names available:' },
  'fx.none': { zh: '尚无自定义指标。', en: 'No formula cells yet.' },

  'notes.title': { zh: '笔记', en: 'Notes' },
  'notes.intro': {
    zh: '记录本情景的思路与依据，随情景与链接保存。',
    en: 'Your reasoning for this scenario; kept with the scenario and its link.',
  },
  'notes.add': { zh: '添加笔记', en: 'Add note' },
  'notes.titlePlaceholder': { zh: '标题', en: 'Title' },
  'notes.textPlaceholder': { zh: '内容', en: 'Text' },
  'notes.full': {
    zh: '笔记已达 {max} 字上限，超出部分未录入；较长的材料请另存为文件。',
    en: 'The note has reached its limit of {max} characters; the rest was not taken. Keep longer material in a file.',
  },
  'notes.remove': { zh: '删除笔记', en: 'Remove note' },

  // ── Notebook cells (nb-B): the planner's own cells among the built-in views ──
  'cell.add': { zh: '＋ 添加单元格', en: '+ Add cell' },
  'cell.addLabel': { zh: '在此处添加单元格', en: 'Add a cell here' },
  'cell.kind.formula': { zh: '公式', en: 'Formula' },
  'cell.kind.chart': { zh: '图表', en: 'Chart' },
  'cell.kind.table': { zh: '表格', en: 'Table' },
  'cell.kind.note': { zh: '笔记', en: 'Note' },
  'cell.label': { zh: '{kind}单元格', en: '{kind} cell' },
  'cell.drag': { zh: '拖动以移动（或按 Alt+↑/↓）', en: 'Drag to move (or Alt+↑/↓)' },
  'cell.moveUp': { zh: '上移', en: 'Move up' },
  'cell.moveDown': { zh: '下移', en: 'Move down' },
  'cell.edit': { zh: '编辑', en: 'Edit' },
  'cell.done': { zh: '完成', en: 'Done' },
  'cell.apply': { zh: '应用', en: 'Apply' },
  'cell.cancel': { zh: '取消', en: 'Cancel' },
  'cell.remove': { zh: '删除', en: 'Remove' },
  'cell.moved': { zh: '单元格已移到“{place}”之后', en: 'Cell moved after “{place}”' },
  'cell.title': { zh: '标题', en: 'Title' },
  'cell.indicators': { zh: '指标', en: 'Indicators' },
  'cell.scenarios': { zh: '情景', en: 'Scenarios' },
  'cell.current': { zh: '当前情景', en: 'Current scenario' },
  'cell.fan': { zh: '显示不确定性区间（P5–P95）', en: 'Show the uncertainty band (P5–P95)' },
  'cell.pickOne': { zh: '请至少选择一个指标。', en: 'Choose at least one indicator.' },
  'cell.waiting': { zh: '等待计算结果…', en: 'Waiting for the run…' },
  'cell.missing': { zh: '指标 {id} 已不存在', en: 'Indicator {id} no longer exists' },
  'cell.table.indicator': { zh: '指标', en: 'Indicator' },
  'cell.table.caption': {
    zh: '各年中位数（P50）；悬停查看 P5–P95 区间',
    en: 'Median (P50) by year; hover for the P5–P95 range',
  },
  'cell.formula.new': { zh: '新公式', en: 'New formula' },
  'cell.chart.default': { zh: '图表', en: 'Chart' },
  'cell.table.default': { zh: '表格', en: 'Table' },
  'cmp.added': {
    zh: '已加入情景对比（{n}/{max}），见下方“情景对比”。',
    en: 'Added to the comparison ({n} of {max}); see Comparison below.',
  },
  'cmp.fullNotice': {
    zh: '情景对比最多容纳 4 个情景，“{name}”未加入。请先在“情景对比”中移除一个情景。',
    en: 'The comparison holds at most 4 scenarios, so “{name}” was not added. Remove one under Comparison first.',
  },
  'cmp.fans': {
    zh: '显示各情景的不确定性区间（P5–P95）',
    en: 'Show each scenario’s uncertainty band (P5–P95)',
  },
  'attr.title': { zh: '差异从何而来', en: 'Where the difference comes from' },
  'attr.run': { zh: '逐项拆解差异', en: 'Break the difference down' },
  'attr.pick': { zh: '与第一个情景对比：', en: 'Against the first scenario: ' },
  'cmp.dPmet': { zh: '较“{first}”（百分点）', en: 'Δ vs “{first}” (pp)' },
  'cmp.dMedian': { zh: '较“{first}”', en: 'Δ vs “{first}”' },
  'cmp.sharedActuals': {
    zh: '沿用当前情景录入的 {n} 个数值',
    en: 'the {n} values entered in the current scenario',
  },
  'cmp.dataDiffer': {
    zh: '{names}所用的实际数据与“{first}”不同：差异不全来自假设。',
    en: '{names} run on other actuals than “{first}”: not every difference comes from the assumptions.',
  },
  'cmp.file': { zh: '情景对比_{names}', en: 'scenario comparison {names}' },
  'cmp.deltaNote': {
    zh: '“较…”各栏为该情景减去第一个情景：达成概率以百分点计，中位数以指标单位计（增速和占比以百分点计）。“默认设置”为规划文件给出的默认值，多为标明出处的模型假设。红色菱形为规划目标。',
    en: '“Δ vs …” is that scenario less the first: P(met) in percentage points, medians in the indicator’s unit (rates and shares in points). “Default” is the plan file’s default value, mostly a model assumption with its source. Red diamonds mark the plan’s targets.',
  },
  // Layout and access (nb-B)
  'skip.results': { zh: '跳到结果', en: 'Skip to results' },
  'skip.levers': { zh: '跳到政策杠杆与假设', en: 'Skip to levers and assumptions' },
  'levers.toggle': { zh: '政策杠杆与假设', en: 'Levers & assumptions' },
  'levers.close': { zh: '收起', en: 'Close' },
  'guide.title': { zh: '初次使用：三步读懂本页', en: 'First visit: this page in three steps' },
  'guide.step1': {
    zh: '“目标总览”列出规划的每个目标：按当前情景模拟的目标年中位数和达成概率，以及判断。',
    en: 'Targets at a glance lists every target of the plan: the target-year median and the chance of meeting it under the current scenario, and a verdict.',
  },
  'guide.step2': {
    zh: '拖动左侧（窄屏时点“政策杠杆与假设”）的滑块，改变政策力度或假设，结果随即更新。',
    en: 'Move the sliders on the left (on a narrow screen: “Levers & assumptions”) to change a policy or an assumption; the results follow.',
  },
  'guide.step3': {
    zh: '在任一视图下点“＋ 添加单元格”，加入自己的公式、图表、表格或笔记；链接会带上这些单元格。',
    en: 'Use “+ Add cell” under any view to add your own formula, chart, table or note; the link carries these cells.',
  },
  'guide.dismiss': { zh: '知道了，不再显示', en: 'Got it, don’t show again' },
  'help.link': { zh: '方法说明', en: 'How the figures are made' },
  'help.verdict': { zh: '判断方法说明', en: 'How this verdict is made' },
  // ── end notebook cells ──

  'plan.issued': { zh: '{issuer} · {issued} 印发', en: 'Issued by {issuer}, {issued}' },
  'plan.period': { zh: '基期 {base} 年 · 目标年 {target} 年', en: 'Base year {base} · target year {target}' },
  'plan.synthetic': { zh: '合成示例规划（非真实地区）', en: 'Synthetic example plan (no real place)' },
  'plan.userMissing': {
    zh: '此链接打开的是一份自建规划（编号 {id}），本浏览器中没有它：规划文件不随链接传送。请向发送链接的人索取规划文件（.plan.json），在本工具的“新建/导入规划”中导入，再重新打开此链接。',
    en: 'This link opens a plan someone built (id {id}), which this browser does not hold: the plan file does not travel with the link. Ask the sender for the plan file (.plan.json), import it under “New / import plan”, then open the link again.',
  },
  'plan.userMissing.open': {
    zh: '打开本工具（导入规划文件）',
    en: 'Open the tool (to import the plan file)',
  },
  'plan.loadError': { zh: '规划无法载入：{message}', en: 'The plan cannot be loaded: {message}' },
  'plan.userLoadError': {
    zh: '本浏览器中保存的这份规划无法载入：{message}。其他规划和已保存的工作不受影响；可回到默认规划，在“新建/导入规划”中修正后重新导入，或删除它。',
    en: 'This plan kept in the browser cannot be loaded: {message}. Your other plans and saved work are untouched; go back to the default plan, then fix and import it again under “New / import plan”, or delete it there.',
  },
  'plan.userLoadError.back': { zh: '回到默认规划', en: 'Back to the default plan' },
  'footer.offline': {
    zh: '本页面全部在本机运行，不向任何外部地址发送数据。',
    en: 'This page runs entirely on this machine and sends nothing to any other host.',
  },
  // ── harden (issue 12): link integrity and path limit, interrupted checks, storage failures ──
  'link.error.integrity': {
    zh: '链接内容已损坏（校验不符，可能被截断或改动）',
    en: 'the link is damaged (its checksum does not match: it was cut or altered)',
  },
  'link.paths': {
    zh: '此链接要求模拟 {paths} 条路径，超过本页通常的 {limit} 条，可能很慢并占用大量内存；已按 {limit} 条打开。',
    en: 'This link asks for {paths} paths, more than the {limit} this page runs; that may be slow and take much memory. It opened with {limit}.',
  },
  'link.pathsRun': { zh: '仍按 {paths} 条路径运行', en: 'Run {paths} paths anyway' },
  'check.cancelled': {
    zh: '情景检查被中断，未打开该情景，请重试',
    en: 'the check of the scenario was interrupted, so it was not opened; please try again',
  },
  'store.failed': {
    zh: '未能保存到本机浏览器：{reason}。之前保存的内容未改动。可将当前情景下载为文件保存。',
    en: 'Could not save in this browser: {reason}. Nothing saved before was changed. You can download the scenario as a file instead.',
  },
  'store.reason.quota': { zh: '浏览器存储空间已满', en: 'the browser’s storage is full' },
  'store.reason.blocked': {
    zh: '浏览器不允许本页存储数据（如隐私模式或安全设置）',
    en: 'the browser does not let this page store data (private mode or a security setting)',
  },
  'store.reason.other': { zh: '存储出错（{detail}）', en: 'a storage error ({detail})' },
  'store.download': { zh: '下载情景文件', en: 'Download scenario file' },
  'store.notSaved': { zh: '未能保存（原因见页面顶部提示）', en: 'Not saved (see the notice at the top)' },
  'run.warn.more': { zh: '另有 {n} 条', en: 'and {n} more' },
  // ── end harden ──
  'common.close': { zh: '关闭', en: 'Close' },
  'common.colon': { zh: '：', en: ': ' },
  'common.year': { zh: '年', en: '' },
  'baseRequests.summary': {
    zh: '基期待补：还缺 {n} 个指标的{year}年数值，{targets} 项目标因此暂不作判断',
    en: 'Bases to enter: indicators without a {year} value: {n}; targets with no verdict until then: {targets}',
  },
  'baseRequests.summaryAspirational': {
    zh: '基期待补：还缺 {n} 个指标的{year}年数值，{targets} 项目标（含力争目标 {aspirational} 项）因此暂不作判断',
    en: 'Bases to enter: indicators without a {year} value: {n}; targets with no verdict until then: {targets} ({aspirational} of them aspirational)',
  },
  'baseRequests.summaryProgress': {
    zh: '；另有 {progress} 项目标已有判断，但完成进度待其计算',
    en: '; targets with a verdict whose progress waits for them: {progress}',
  },
  'baseRequests.summaryProgressOnly': {
    zh: '基期待补：还缺 {n} 个指标的{year}年数值，{progress} 项目标已有判断，但完成进度待其计算',
    en: 'Bases to enter: indicators without a {year} value: {n}; targets with a verdict whose progress waits for them: {progress}',
  },
  'baseRequests.forProgress': { zh: '（完成进度）', en: ' (progress)' },
  'baseRequests.hint': {
    zh: '按所关联的目标数排序。可在此直接录入；也可导出数据需求表发给统计部门，填好后整表粘贴到“实施评估”一节的粘贴框。录入的数值随情景保存，来源记为“录入”。',
    en: 'Sorted by the number of targets waiting. Enter values here, or download the data request for the statistics office and paste it back, filled in, under Review. Entered values are saved with the scenario, with “entered” as their source.',
  },
  'baseRequests.col.indicator': { zh: '指标', en: 'Indicator' },
  'baseRequests.col.value': { zh: '{year}年数值', en: '{year} value' },
  'baseRequests.col.count': { zh: '目标数', en: 'Targets' },
  'baseRequests.col.targets': { zh: '待其判断或计算进度的目标', en: 'Targets waiting for it' },
  'baseRequests.csv': { zh: '导出数据需求表（CSV）', en: 'Download the data request (CSV)' },
  'baseRequests.file': { zh: '基期数据需求_{year}年', en: 'base data request {year}' },
  'baseRequests.sep': { zh: '；', en: '; ' },
  'pastYears.summary': {
    zh: '目标年已过：{targets} 项目标（含力争目标 {aspirational} 项）的目标年（{years}年）已过，但尚无该年实际数据，其判断是模型对已过年份的估计，不是实际结果；还缺 {n} 个指标的数值',
    en: 'Target years past: {targets} {targets|target|targets} ({aspirational} of them aspirational) {targets|is|are} due in {years}, which is over, but {targets|has|have} no actual for that year — {targets|its verdict is|their verdicts are} the model’s estimate of a past year, not the outcome; {n} {n|value is|values are} missing',
  },
  'pastYears.hint': {
    zh: '请向统计部门索取下列指标在目标年的数值；导出的数据需求表填好后，整表粘贴到“实施评估”一节，相应目标即按实际结果判定（已完成 / 未完成；增量与增速类目标另需基期值，见“基期待补”）。',
    en: 'Ask the statistics office for these indicators in their target year; the data request, filled in and pasted under Review, settles those targets on what happened (met / not met; an increase or a growth rate also needs its base, see Bases to enter).',
  },
  'pastYears.col.year': { zh: '所缺年份', en: 'Year missing' },
  'pastYears.csv': { zh: '导出目标年数据需求表（CSV）', en: 'Download the target-year data request (CSV)' },
  'pastYears.file': { zh: '目标年数据需求_{years}年', en: 'target-year data request {years}' },
  // ── Issue 9 · feasibility: verdicts, what they rest on, 基期待补, milestones, quotas (feas-data) ──
  'feas.quotaEachYear': { zh: '每年须达到 {target}', en: '{target} every year' },
  'feas.headline': {
    zh: '{total} 项量化目标：{data} 项判断依据数据{derived}，{assumption} 项依据假设，{unknown} 项基期待补',
    en: '{total} quantitative targets: {data} verdicts rest on data{derived}, {assumption} on assumptions, {unknown} wait for a base',
  },
  'feas.otherReading': {
    zh: '另有公布数（另一读法，未用于判断）：“{name}”{year}年 {value}；见“规划校核”',
    en: 'Published on another reading (not used for the verdict): “{name}” {year}, {value}; see Plan check',
  },
  'feas.lowerBound': {
    zh: '另有公布数（下限，未用于判断）：{name}{year}年超过 {value}（原文“{phrase}”）',
    en: 'Published as a floor (not used for the verdict): {name} {year}, more than {value} (“{phrase}”)',
  },
  'feas.headline.derived': { zh: '，{n} 项依据推算值', en: ', {n} on reckoned figures' },
  'feas.headline.noRecord': {
    zh: '{total} 项量化目标：{data} 项判断依据数据{derived}，{assumption} 项依据假设，{noRecord} 项待补执行记录或历年数据，{unknown} 项基期待补',
    en: '{total} quantitative targets: {data} verdicts rest on data{derived}, {assumption} on assumptions, {noRecord} wait for a record of delivery or past figures, {unknown} for a base',
  },
  'feas.headline.apart': {
    zh: '另计：力争目标 {aspirational} 项 · 口径不可比 {notComparable} 项 · 定性目标 {qualitative} 项',
    en: 'Counted apart: {aspirational} aspirational (力争) · {notComparable} not comparable · {qualitative} qualitative',
  },
  'feas.basis.tip.data': {
    zh: '基期与所用观测值均来自规划原文、公布的统计数或录入值，按这些数据算出的进度与推演给出同一判断；达成概率仍依据此后各年标注的假设。',
    en: 'The base and every observation used come from the plan, published statistics or entered figures, and the pace they give agrees with the forecast; the chance of being met still rests on the labelled assumptions for the years after.',
  },
  'feas.basis.tip.derived': {
    zh: '判断所依的最新数值不是公布数，而是由公布数据推算的值（如按公布的年均增速推得，见该值的出处）；推算所用的取整与预计数会带来误差。该数值公布后请录入核对。',
    en: 'The latest figure the verdict rests on is not published: it was reckoned from published figures (from a published average growth rate, say; see its source), and the rounding and preliminary figures it uses carry error. Enter the figure once it is published.',
  },
  'feas.basis.tip.assumption': {
    zh: '基期或增速依据标注的假设（见“政策与假设”），或已有数据的进度与推演不一致、判断随推演：改动假设可能改变此判断。',
    en: 'The base or the rates rest on labelled assumptions (see Levers & assumptions), or the pace so far disagrees with the forecast and the verdict follows the forecast: moving an assumption can change it.',
  },
  'feas.basis.tip.unknown': {
    zh: '规划未印出、也未找到公布的基期值，不给达成概率；录入基期值后即给出判断。',
    en: 'The plan prints no base and none was found published: no chance of being met is shown until a base is entered.',
  },
  'feas.binding.tip': {
    zh: '约束性指标：规划要求必须完成，未完成须说明原因。',
    en: 'A binding (约束性) target: the plan requires it be met, and a miss must be explained.',
  },
  'feas.questioned': { zh: '数据存疑', en: 'Check data' },
  'eval.useGuess': { zh: '改为 {guess}', en: 'Use {guess}' },
  'eval.replaced': {
    zh: '已将{year}年{indicator}改为 {value}（可撤销）。粘贴框里仍是原来的数字：再点“应用实际数据”会把它重新读入。',
    en: '{indicator} {year} is now {value} (undoable). The paste box still holds the old figure: applying it again reads that back.',
  },
  'feas.aspirational.tip': {
    zh: '规划用“力争”表述：是努力方向而非硬性承诺，在总数中另计。',
    en: 'The plan words this with “strive for” (力争): an aspiration, not a commitment; counted apart in the totals.',
  },
  'feas.requiredGrowth': {
    zh: '需年均增长 ({target} ÷ 基期)^(1/{years}) − 1',
    en: 'Needs ({target} ÷ base)^(1/{years}) − 1 a year',
  },
  // Said as what it needs, as the other rows of the column are: a bare "5年合计 3 万人" under 中位数 read as a
  // median that was the target itself (a tester).
  'feas.periodTotal': {
    zh: '需{years}年合计 {target}，即年均 {perYear}',
    en: 'Needs {target} over {years} years, {perYear} a year on average',
  },
  'feas.requiredRate': {
    zh: '需年均增长 {rate}（即目标本身）',
    en: 'Needs {rate} a year (the target itself)',
  },
  'feas.requiredRate.arithmetic': {
    zh: '需年均增长 {compound}（复利；规划读法为{years}年累计 {total} ÷ {years} = {rate}）',
    en: 'Needs {compound} a year compounded (the plan reckons {total} over {years} years ÷ {years} = {rate})',
  },
  'feas.requiredChange': {
    zh: '需较基期变化 {rate}（{years}年累计，即目标本身）',
    en: 'Needs {rate} over {years} years (the target itself)',
  },
  'feas.requiredShare': {
    zh: '需 {years} 年内由基期升至 {target}（{target} − 基期，以百分点计）',
    en: 'Needs to reach {target} within {years} years ({target} − base, in points)',
  },
  'feas.requiredPoints': {
    zh: '需 {years} 年内提高 {points}（年均 {perYear}）',
    en: 'Needs a rise of {points} within {years} years ({perYear} a year)',
  },
  'feas.requiredPointsFall': {
    zh: '需 {years} 年内下降 {points}（年均 {perYear}）',
    en: 'Needs a fall of {points} within {years} years ({perYear} a year)',
  },
  'feas.requiredShareAtMost': {
    zh: '需 {years} 年内保持或降至 {target} 以内',
    en: 'Needs to stay at or below {target} within {years} years',
  },
  'feas.requiredGrowthAtMost': {
    zh: '年均增速不高于 ({target} ÷ 基期)^(1/{years}) − 1',
    en: 'At most ({target} ÷ base)^(1/{years}) − 1 a year',
  },
  'feas.requiredGrowth.value': {
    zh: '自基期 {base} 起需年均增长 {rate}',
    en: 'From a base of {base} it needs {rate} a year',
  },
  'feas.enterBase': { zh: '录入{year}年基期值', en: 'Enter the {year} base' },
  'feas.enterBase.via': {
    zh: '{indicator}由{inputs}推算，推演先要有其基期：',
    en: '{indicator} is reckoned from {inputs}, whose base the run needs first:',
  },
  'feas.enterBase.apply': { zh: '保存基期', en: 'Save base' },
  'feas.enterBase.open': { zh: '录入基期', en: 'Enter base' },
  'feas.enterBase.saved': {
    zh: '已录入（随情景保存，来源：录入）',
    en: 'Entered (saved with the scenario, source: entered)',
  },
  'feas.enterBase.unreadable': {
    zh: '“{name}”的基期值“{value}”无法读取：{why}',
    en: 'The base of “{name}” cannot be read from “{value}”: {why}',
  },
  'feas.enterBase.refused': {
    zh: '“{name}”的基期值“{value}”未保存：{why}',
    en: 'The base of “{name}” was not saved from “{value}”: {why}',
  },
  'feas.enterBase.question': {
    zh: '“{name}”的基期值“{value}”{why}',
    en: 'The base of “{name}”, “{value}”: {why}',
  },
  'feas.enterBase.invalid': {
    zh: '“{name}”的基期值须为非负数字，收到“{value}”。',
    en: 'The base of “{name}” must be a number ≥ 0; got “{value}”.',
  },
  'feas.milestone': {
    zh: '到{year}年底实现的概率 {p}',
    en: '{p} chance of being achieved by the end of {year}',
  },
  'feas.milestone.evenChance': {
    zh: '到{year}年底实现的可能过半',
    en: 'more likely than not by the end of {year}',
  },
  'feas.milestone.never': { zh: '推演期内实现的可能不足一半', en: 'under an even chance within the horizon' },
  'feas.quota.record': { zh: '逐年执行记录', en: 'Year-by-year record' },
  'feas.quota.year': { zh: '{year} {value}', en: '{year} {value}' },
  'feas.rule': {
    zh: '判断规则：达成概率 ≥80% 为“进展顺利”，20%–80% 为“存在风险”，<20% 为“难以达成”；最新实际数已达标为“已达成”，目标年已有实际数而未达标为“未达成”；进度与推演不一致时以推演为准并说明原因。“依据数据”指基期与最新观测值均为规划原文、公布统计数或录入值，且进度与推演判断一致；判断所依的最新数值由公布数据推算（非公布数）时为“依据推算值”；只有假设代替完成记录或历年数据时为“待补执行记录或历年数据”，暂不作判断。',
    en: 'Rule: P(met) ≥ 80% on track, 20%–80% at risk, < 20% off track; an actual that already meets it: achieved; a target-year actual short of it: missed; where the pace so far disagrees, the forecast decides and the reason is given. "Rests on data": the base and the latest observation are printed, published or entered, and the pace agrees with the forecast; "rests on reckoned figures" when the latest figure it rests on was reckoned from published ones (not published itself); "record needed" when only an assumption stands in for a record of delivery or past figures, and no verdict is given.',
  },
  'prov.settledValue': {
    zh: '{year}年已有数据：此数由该年已知值算出（每条推演路径在该年都取该值，出处见“指标详情”），不是模拟的中位数。',
    en: 'The {year} figure is known: this number comes from it (every simulated path takes it that year; its source is under Indicator detail), not from a simulated median.',
  },
  'feas.settled.tip': {
    zh: '{year}年已有实际数据，结果已定（见“判断”一栏），不再是概率：每条推演路径都从这一实际值出发。',
    en: 'The {year} actual is in: the outcome is settled (see Verdict), not a chance — every simulated path carries that actual.',
  },
  'pmet.reckonedShort': { zh: '依推算值', en: 'reckoned' },
  'pmet.settled.reckonedOutcome': {
    zh: '已定（{outcome}，依推算值）',
    en: 'settled ({outcome}, on a reckoned value)',
  },
  'feas.settled.reckoned.tip': {
    zh: '{year}年的数值不是公布数，是由公布数据推算的（中期评估表“实际”一栏注明“推算”），结果按它判定；录入{year}年实际数据后以实际数据为准。',
    en: 'The {year} figure is not a published one but reckoned from published figures (marked “derived” in the evaluation’s Latest column): the outcome is judged on it, and an entered {year} actual replaces it.',
  },
  'feas.notComparable.tip': {
    zh: '分子为总产值、分母为地区生产总值（增加值），二者口径不同，比值不是占比（可超过100%），不作为占比推演；见“规划校核”。',
    en: 'Gross output divided by GDP (value added): different measures, so the ratio is not a share (it can pass 100%) and is not simulated as one; see Plan check.',
  },
  'feas.quota.forecastTip': {
    zh: '该年没有实际数：按标注的执行假设推演，该年完成任务数的概率。',
    en: 'No count for this year: the chance the year meets the quota under the labelled execution assumption.',
  },
  'feas.prov.statistic.secondhand': { zh: '（转载，非发布机关原文）', en: ' (secondhand copy)' },
  'feas.prov.publisher': { zh: '发布机关', en: 'Publisher' },
  'feas.prov.document': { zh: '文件', en: 'Document' },
  'feas.prov.date': { zh: '日期', en: 'Date' },
  'feas.prov.where': { zh: '出处', en: 'Where' },
  'feas.prov.phrase': { zh: '原文', en: 'As printed' },
  'feas.prov.enteredBy': { zh: '录入人', en: 'Entered by' },
  // ── end of issue 9 block ──
} as const;

/**
 * The page's labels and the report's. The report's words come with the report's code, fetched after the first
 * run (reportMessages.ts adds them to `t` when it loads): 17 KB of them had travelled in the first visit.
 */
export type MessageKey =
  | keyof typeof MESSAGES
  | keyof typeof REPORT_MESSAGES
  | keyof typeof ATTRIBUTION_MESSAGES;
