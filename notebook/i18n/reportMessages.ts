// The words of the 中期评估 report and its exports, part of the page's one catalogue (messages.ts). They come
// with the report's code: every module of the report imports this one, which adds them to `t` (addMessages).
import { addMessages } from './t.ts';

export const REPORT_MESSAGES = {
  'rep.title': { zh: '{plan}中期评估报告', en: '{plan}: mid-term evaluation report' },
  'rep.kind': { zh: '中期评估报告', en: 'Mid-term evaluation report' },
  'rep.title.final': { zh: '{plan}终期评估报告', en: '{plan}: final evaluation report' },
  // Nothing observed yet (a draft plan's what-if): no evaluation, a projection.
  'rep.waiting': {
    zh: '报告（Word、Excel、打印）在上方粘贴实际数据（或在目标总览中点“录入基期”补录基期值）后即可导出：评估需要至少一个观测值，导入规划时填写的基期值不算观测值。情景对比可在“情景对比”一节导出为 CSV。',
    en: 'The report (Word, Excel, print) can be exported once actuals are pasted above (or a base is entered with “Enter base” in the overview): an evaluation needs at least one observation, and the bases filled in when the plan was imported are not observations. A comparison of scenarios exports as CSV from the comparison section.',
  },
  'rep.title.projection': { zh: '{plan}情景推演报告', en: '{plan}: scenario projection report' },
  'rep.kind.projection': { zh: '情景推演报告', en: 'Scenario projection report' },
  'rep.file.projection': { zh: '情景推演报告', en: 'scenario-projection' },
  'rep.kind.final': { zh: '终期评估报告', en: 'Final evaluation report' },
  'rep.cover.plan': { zh: '规划名称', en: 'Plan' },
  'rep.cover.issuer': { zh: '印发单位', en: 'Issuing unit' },
  'rep.cover.issuers': { zh: '印发单位', en: 'Issuing units' },
  'rep.cover.issuerAsPrinted': { zh: '{names}', en: '{names} (as printed in the plan)' },
  'rep.cover.issuerNone': { zh: '规划未载明', en: 'not stated in the plan' },
  'rep.cover.org': { zh: '编制单位', en: 'Prepared by' },
  'rep.cover.scenario': { zh: '推演情景', en: 'Scenario' },
  'rep.cover.asOf': { zh: '实际数据截至', en: 'Data as of' },
  'rep.cover.date': { zh: '编制日期', en: 'Date' },
  'rep.cover.asOfYear': {
    zh: '{year} 年（{total} 项量化目标中 {withData} 项有实际数据）',
    en: '{year} ({withData} of {total} quantified targets have actuals)',
  },
  'rep.orgPlaceholder': {
    zh: '填写编制单位，如 某某区发展和改革委员会',
    en: 'Your office, e.g. District Development and Reform Commission',
  },
  'rep.orgMissing': { zh: '（未填写）', en: '(not given)' },
  'rep.h.summary': { zh: '总体评估', en: 'Summary' },
  /** A numbered section: numbered in the order the report has them (a section with nothing is left out). */
  'rep.h.numbered': { zh: '{n}、{title}', en: '{n}. {title}' },
  'rep.h.attention': { zh: '需要关注的目标', en: 'Targets that need attention' },
  'rep.h.charts': { zh: '分目标走势', en: 'Target by target' },
  'rep.h.table': { zh: '评估结论一览', en: 'Verdicts' },
  'rep.h.methods': { zh: '方法与口径说明', en: 'Methods and definitions' },
  'rep.h.sources': { zh: '附：数据出处', en: 'Appendix: where each figure comes from' },
  'rep.sources.goal': { zh: '目标 {goal}', en: 'goal {goal}' },
  'rep.sources.latest': { zh: '最新实际 {latest}', en: 'latest {latest}' },
  'rep.sources.base': { zh: '基期 {base}', en: 'base {base}' },
  /** A target projected without data: an assumption its path is projected with, and its value in the scenario. */
  'rep.sources.assumption': { zh: '推演假设“{name}” {value}', en: 'projected with “{name}” {value}' },
  'rep.sources.otherReading': {
    zh: '另有公布数（另一读法，未用于判断）“{name}”{year}年 {value}',
    en: 'published on another reading (not used for the verdict): “{name}” {year}, {value}',
  },
  'rep.sources.entered': {
    zh: '录入值（本情景录入的实际数据）',
    en: 'Entered (an actual entered in this scenario)',
  },
  'rep.sources.chained': {
    zh: '推算：由本情景录入的逐年增速连乘（{base}年为1）：{formula}',
    en: 'Derived: chained from the yearly growth rates entered in this scenario ({base} = 1): {formula}',
  },
  'rep.sources.fromPartsFormula': {
    zh: '由分项计算：{formula}（各分项的出处见其各自一行）',
    en: 'Computed from its parts: {formula} (see their own rows)',
  },
  'rep.sources.part': { zh: '其中 {part} {year}年 {value}', en: 'of which {part} {year}: {value}' },
  'rep.sources.partUnobserved': {
    zh: '{year}年无实际数据（模型推演值）',
    en: 'no actual for {year} (the model’s value)',
  },
  'rep.sources.fromParts': {
    zh: '由分项的实际数据计算（见各分项的出处）',
    en: 'Computed from its parts’ actuals (see theirs)',
  },
  'rep.sheet.sources': { zh: '数据出处', en: 'Sources' },
  'rep.h.settings': { zh: '附：情景设置', en: "Appendix: the scenario's settings" },
  'rep.sheet.settings': { zh: '情景设置', en: 'Settings' },
  'rep.settings.description': { zh: '情景说明：{text}', en: 'About the scenario: {text}' },
  'rep.settings.descriptionAsSaved': {
    zh: '情景说明（保存时所写，此后已修改，以上表设置为准）：{text}',
    en: 'About the scenario (as saved; modified since — the settings above are what ran): {text}',
  },
  'rep.settings.cost': {
    zh: '政策总成本（至目标年）：{cost}，由各杠杆强度 × 每单位年成本 × 实施年数推算；每单位成本的出处见各杠杆说明',
    en: 'Total policy cost (to the target year): {cost}, reckoned as each lever’s intensity × annual cost per unit × years applied; each lever says where its cost per unit comes from',
  },
  'rep.settings.costAssumed': {
    zh: '政策总成本（至目标年）：{cost}，由各杠杆强度 × 每单位年成本 × 实施年数推算；所用杠杆的每单位成本均为假设（见各杠杆说明），不是预算数',
    en: 'Total policy cost (to the target year): {cost}, reckoned as each lever’s intensity × annual cost per unit × years applied; the costs per unit of the levers used are all assumptions (see each lever), not a budget',
  },
  'rep.settings.untilHistory': {
    zh: '（录入实际数据后改用其年均变化）',
    en: ' (the observed average once actuals are entered)',
  },
  'rep.settings.untilHistoryEntry': {
    zh: '（录入实际数据后改用：实际年均净增长率 + 年退出率）',
    en: ' (once actuals are entered, the observed net growth a year plus the exit rate)',
  },
  'rep.settings.fromHistory': {
    zh: '{parameter}：规划默认 {default}，已按录入的实际数据改用 {rate}（{basis}）',
    en: '{parameter}: the plan’s default {default} gave way to {rate} from the actuals entered ({basis})',
  },
  'rep.settings.intro': {
    zh: '情景“{scenario}”与规划默认设置不同的设置如下；以同样的设置、路径数和随机种子推演，可重现本报告的每个数字。',
    en: 'The settings in which the scenario “{scenario}” differs from the plan’s defaults; a run with the same settings, paths and seed reproduces every number in this report.',
  },
  'rep.settings.none': {
    zh: '情景“{scenario}”全部采用规划的默认设置；以同样的路径数和随机种子推演，可重现本报告的每个数字。',
    en: 'The scenario “{scenario}” keeps every default of the plan; a run with the same paths and seed reproduces every number in this report.',
  },
  'rep.settings.entered': { zh: '录入：{indicator}', en: 'Entered: {indicator}' },
  'rep.settings.enteredValue': { zh: '{year}年 {value}', en: '{year}: {value}' },
  'rep.settings.chainedValue': {
    zh: '{year}年 {value}（推算：由录入的逐年增速连乘，{formula}）',
    en: '{year}: {value} (derived: chained from the yearly growth rates entered, {formula})',
  },
  'rep.settings.enteredSep': { zh: '；', en: '; ' },
  'rep.settings.publishedValue': { zh: '{year}年公布 {value}', en: '{year}: published {value}' },
  'rep.settings.questioned': { zh: '存疑：疑为 {guess}', en: 'questioned: perhaps {guess}' },
  'rep.settings.questionedStock': { zh: '存疑：疑为年末总数', en: 'questioned: perhaps the year-end total' },
  'rep.settings.questionedJump': {
    zh: '存疑：比前一个已知值每年多 {step}，达到规划每年增量 {pace} 和其余各年增量（中位数 {others}）的 {times} 倍以上',
    en: 'questioned: up {step} a year on the value before, {times} or more times both the plan’s step of {pace} a year and the other years’ rises (median {others})',
  },
  'rep.settings.questionedApart': {
    zh: '存疑：与前后已知值 {before}、{after} 均相差 {times} 倍以上',
    en: 'questioned: {times} or more times off both values either side ({before}, {after})',
  },
  'rep.settings.questionedOutlier': {
    zh: '存疑：达到规划每年进度 {pace} 和其余各年（中位数 {others}）的 {times} 倍以上',
    en: 'questioned: {times} or more times both the plan’s pace of {pace} a year and the other years (median {others})',
  },
  'rep.settings.col.setting': { zh: '设置', en: 'Setting' },
  'rep.settings.col.value': { zh: '本情景', en: 'This scenario' },
  'rep.settings.col.default': { zh: '规划默认', en: 'Plan default' },
  'rep.settings.run': {
    zh: '推演：{paths} 条路径，随机种子 {seed}。',
    en: 'Run: {paths} paths, seed {seed}.',
  },
  'rep.settings.longLink': {
    zh: '本情景的链接长 {n} 个字符，未印出：请在页面上用“复制链接”取得，或导出情景文件（.scenario.json）随报告一并发送；Excel 版“情景设置”表中有完整链接。',
    en: 'The link to this scenario is {n} characters long and is not printed: copy it on the page, or send the exported scenario file (.scenario.json) with the report; the Excel version’s Settings sheet holds it whole.',
  },
  'rep.settings.link': {
    zh: '打开此链接即回到同一情景：{link}',
    en: 'This link reopens the same scenario: {link}',
  },
  'rep.sources.col.target': { zh: '目标', en: 'Target' },
  'rep.sources.col.figure': { zh: '数字', en: 'Figure' },
  'rep.sources.col.source': { zh: '出处', en: 'Source' },
  'rep.h.notes': { zh: '编制说明', en: 'Notes from the planner' },
  'rep.h.cells': { zh: '分析单元', en: "The planner's cells" },
  'rep.cells.formula': { zh: '{name} = {formula}（单位：{unit}）', en: '{name} = {formula} (unit: {unit})' },
  'rep.cells.tableCaption': {
    zh: '各年中位数（P50），情景“{scenario}”。',
    en: 'Medians (P50) by year, scenario “{scenario}”.',
  },
  'rep.cells.chartCaption': { zh: '{name}（情景“{scenario}”）', en: '{name} (scenario “{scenario}”)' },
  'rep.cells.compared': {
    zh: '页面中此图还对比了另外 {n} 个情景；报告只画本报告所用的情景。',
    en: "In the page this chart also compares {n} other {n|scenario|scenarios}; the report draws the report's own scenario.",
  },
  'rep.h.noData': { zh: '附：尚无实际数据的目标', en: 'Appendix: targets waiting for data' },
  'rep.noData.intro': {
    zh: '以下 {n} 个目标基期以来尚无实际数据，未作进度评估。各目标后是情景“{scenario}”的推演：模型按标注的假设所作的估计，不是实际结果。',
    en: '{n|This target has|These {n} targets have} no actual since the base year, so {n|its|their} progress is not evaluated. Beside each is what the scenario “{scenario}” projects: a model estimate on labelled assumptions, not an outcome.',
  },
  'rep.noData.line': {
    zh: '{target}（{year}年）：达成概率 {pMet}，{verdict}，{basis}',
    en: '{target} ({year}): chance {pMet}, {verdict}, {basis}',
  },
  'rep.h.baseNeeds': { zh: '附：所需基期数据', en: 'Appendix: base-year data needed' },
  'rep.baseNeeds.intro': {
    zh: '以下 {n} 个指标缺少{year}年数值（规划未载明，也无公布统计），{targets} 项目标因此暂不作判断。请向统计部门索取；本报告的 Excel 版附有同一张数据需求表，填好后可粘贴到本页“实施评估”一节。',
    en: '{n|The indicator below lacks|The {n} indicators below lack} a {year} value (the plan does not print one and no statistic gives it), so {targets} {targets|target has|targets have} no verdict yet. Ask the statistics office for them; the Excel version of this report carries the same data request, which reads back under Review once filled in.',
  },
  'rep.baseNeeds.introProgress': {
    zh: '以下 {n} 个指标缺少{year}年数值（规划未载明，也无公布统计）：{progress} 项目标已按最新数据判断，但完成进度无从计算。请向统计部门索取；本报告的 Excel 版附有同一张数据需求表，填好后可粘贴到本页“实施评估”一节。',
    en: '{n|The indicator below lacks|The {n} indicators below lack} a {year} value (the plan does not print one and no statistic gives it): {progress} {progress|target is judged on its|targets are judged on their} latest figures, but {progress|its|their} progress cannot be measured. Ask the statistics office for them; the Excel version of this report carries the same data request, which reads back under Review once filled in.',
  },
  'rep.baseNeeds.alsoProgress': {
    zh: '另有 {progress} 项目标已按最新数据判断，但完成进度同样待这些数值计算（标“完成进度”）。',
    en: ' Another {progress} {progress|target is judged on its|targets are judged on their} latest figures, but {progress|its|their} progress waits for these values too (marked “progress”).',
  },
  'rep.baseNeeds.line': { zh: '{name}（{unit}）：{targets}', en: '{name} ({unit}): {targets}' },
  /** A published figure on another reading of a target waiting here (plan.otherReadings): not the base asked for. */
  'rep.baseNeeds.otherReading': {
    zh: '（另有公布数“{name}”{year}年 {value}，读法不同，未用于判断，见“附：数据出处”）',
    en: ' (published on another reading: “{name}” {year}, {value}; not used for the verdict, see the appendix of sources)',
  },
  'rep.summary.counts': {
    zh: '本次评估共涉及 {total} 项量化目标（含力争目标 {aspirational} 项、口径不可比 {notComparable} 项），其中 {evaluated} 项有 {base} 年以后的实际数据：{list}。',
    en: 'The plan has {total} quantitative targets ({aspirational} aspirational, {notComparable} not comparable); {evaluated} {evaluated|has|have} actual data after {base}: {list}.',
  },
  'rep.summary.basis': {
    zh: '判断依据：{data} 项结论依据数据{derived}，{assumption} 项依据标注的假设，{unknown} 项基期待补（尚无基期值，暂不作判断）。',
    en: 'What the verdicts rest on: {data} on data{derived}, {assumption} on labelled assumptions, and {unknown} {unknown|waits|wait} for a base (no base value yet, so no verdict).',
  },
  'rep.summary.basisDerived': {
    zh: '，{n} 项依据由公布数据推算的值（非公布数，公布后须核对）',
    en: ', {n} on figures reckoned from published ones (not published themselves; to be checked once they are)',
  },
  'rep.summary.basisQuestioned': {
    zh: '其中 {n} 项依据数据的结论所依的录入值疑有误（见下文“数据存疑”），核对前不宜作为依据。',
    en: 'Of the verdicts on data, {n} {n|rests|rest} on an entered value that looks mistyped (see below): not to be relied on until checked.',
  },
  'rep.summary.basisNoRecord': {
    zh: '判断依据：{data} 项结论依据数据{derived}，{assumption} 项依据标注的假设，{noRecord} 项待补执行记录或历年数据（只有假设代替完成记录或历史数据，暂不作判断），{unknown} 项基期待补（尚无基期值，暂不作判断）。',
    en: 'What the verdicts rest on: {data} on data{derived}, {assumption} on labelled assumptions; {noRecord} {noRecord|waits|wait} for a record of delivery or past figures (only an assumption stands in for them, so no verdict) and {unknown} for a base (no base value yet, so no verdict).',
  },
  'rep.summary.basisApart': {
    zh: '力争目标 {n} 项另计：{data} 项依据数据{derived}，{assumption} 项依据假设，{unknown} 项基期待补。',
    en: '{n|The aspirational target is|The {n} aspirational targets are} counted apart: {data} on data{derived}, {assumption} on assumptions, {unknown} waiting for a base.',
  },
  'rep.summary.countItem': { zh: '{label} {n} 项', en: '{label} {n}' },
  'rep.summary.waiting': {
    zh: '另有 {n} 项尚无实际数据，待补充后再评估。',
    en: '{n} more {n|waits|wait} for data and {n|is|are} not evaluated yet.',
  },
  'rep.summary.groups': {
    zh: '总体看，提前实现或快于预期 {ahead} 项，基本符合预期 {onTrack} 项，滞后或严重滞后 {behind} 项。',
    en: 'In all: achieved or ahead of plan {ahead}, broadly on plan {onTrack}, behind or far behind {behind}.',
  },
  'rep.summary.settled': {
    zh: '按目标年数据已可判定的 {n} 项中，已完成 {met} 项，未完成 {missed} 项。',
    en: 'Of the {n} {n|target|targets} {n|its|their} own year’s data settle: met {met}, not met {missed}.',
  },
  'rep.summary.groupsRest': {
    zh: '其余目标中，提前实现或快于预期 {ahead} 项，基本符合预期 {onTrack} 项，滞后或严重滞后 {behind} 项。',
    en: 'Of the rest: achieved or ahead of plan {ahead}, broadly on plan {onTrack}, behind or far behind {behind}.',
  },
  'rep.summary.none': {
    zh: '目前没有滞后的目标，推演也未显示有目标存在风险或难以达成。',
    en: 'No target is behind plan at present, and the forecast shows none at risk or off track.',
  },
  // The report had said "none at risk" above an appendix listing five at risk among the targets without data.
  'rep.summary.noneMeasured': {
    zh: '有实际数据的目标中没有滞后或按推演存在风险的；尚无实际数据的目标中，按推演有 {n} 项存在风险或难以达成，见附录“尚无实际数据的目标”。',
    en: 'No target with data is behind or at risk on the forecast; of the targets without data, {n} {n|is|are} at risk or off track on the forecast (see the appendix of targets waiting for data).',
  },
  'rep.summary.overviewCount': {
    zh: '按综合判断，存在风险、难以达成或未达成的目标共 {n} 项（即目标总览中的“需关注”）：有实际数据的 {withData} 项列于下文，尚无实际数据、仅按推演判断的 {projected} 项见附录“尚无实际数据的目标”。',
    en: 'By the verdicts, {n} {n|target is|targets are} at risk, off track or missed (the overview’s “needing attention”): the {withData} with data are listed below, and the {projected} without data, judged on the forecast alone, in the appendix of targets waiting for data.',
  },
  'rep.summary.behindNotDoubted': {
    zh: '下文另列 {n} 项进度落后、但按推演仍基本符合预期的目标（目标总览按综合判断，不计入“需关注”）。',
    en: 'The list below also holds {n} {n|target|targets} behind on pace that the forecast still finds broadly on plan (the overview goes by the verdict and does not count them).',
  },
  'rep.summary.doubtedIntro': {
    zh: '目前没有滞后的目标；但以下 {n} 项目标进度虽未落后，按推演存在风险或难以达成（二者不一致时，以推演为准），需要关注：',
    en: 'No target is behind plan at present; but {n|this target, though not behind, is|these {n} targets, though not behind, are} at risk or off track by the forecast (where the two disagree, the forecast decides) and {n|needs|need} attention:',
  },
  'rep.summary.bothIntro': {
    zh: '以下 {n} 项目标需要关注：{behind} 项进度落后于规划要求；{doubted} 项进度虽未落后，按推演存在风险或难以达成（二者不一致时，以推演为准）：',
    en: '{n|This target needs|These {n} targets need} attention: {behind} {behind|is|are} behind what the plan asks for by now; {doubted}, though not behind, {doubted|is|are} at risk or off track by the forecast (where the two disagree, the forecast decides):',
  },
  'rep.summary.questioned': {
    zh: '{n} 项目标的判断所依的录入值疑有误，核对前不宜采用：{items}。',
    en: '{n|The verdict of one target rests on an entered value that looks|The verdicts of {n} targets rest on entered values that look} mistyped, not to be relied on before they are checked: {items}.',
  },
  'rep.summary.doubtedLabel': {
    zh: '{status}，综合判断：{verdict}',
    en: '{status}; verdict: {verdict}',
  },
  'rep.summary.attentionIntroMissed': {
    zh: '以下 {n} 项目标需要关注：{missed} 项未完成，{behind} 项进度落后于规划要求：',
    en: '{n|This target needs|These {n} targets need} attention: {missed} {missed|was|were} not met, {behind} {behind|is|are} behind what the plan asks for by now:',
  },
  'rep.summary.attentionIntroAllMissed': {
    zh: '以下 {n} 项目标未完成，需要关注：',
    en: '{n|This target was|These {n} targets were} not met:',
  },
  'rep.summary.attentionIntro': {
    zh: '以下 {n} 项目标进度落后于规划要求，需要关注：',
    en: '{n|This target is|These {n} targets are} behind what the plan asks for by now:',
  },
  'rep.why.pace': { zh: '进度比 {pace}', en: 'pace {pace}' },
  'rep.why.needed': {
    zh: '剩余年份需年均提高 {needed}（{required}）',
    en: 'needs a rise of {needed} a year from now on ({required})',
  },
  'rep.why.neededFall': {
    zh: '剩余年份需年均下降 {needed}（{required}）',
    en: 'needs a fall of {needed} a year from now on ({required})',
  },
  'rep.why.planned': { zh: '规划要求年均提高 {rate}', en: 'the plan asked for a rise of {rate} a year' },
  'rep.why.plannedFall': { zh: '规划要求年均下降 {rate}', en: 'the plan asked for a fall of {rate} a year' },
  'rep.why.pmet': {
    zh: '按当前假设的达成概率 {p}',
    en: 'chance of meeting it under the current assumptions {p}',
  },
  'rep.why.missed': { zh: '{years} 年未完成年度任务', en: 'yearly quota missed in {years}' },
  'rep.why.latest': { zh: '{year} 年实际 {value}，目标 {goal}', en: '{value} in {year} against {goal}' },
  'rep.why.levelGap': {
    zh: '（较基期{change}，距目标尚差 {left}）',
    en: ' ({change} since the base; {left} still to go)',
  },
  'rep.why.levelAdded': { zh: '（较基期{change}）', en: ' ({change} since the base)' },
  'rep.why.risen': { zh: '增加 {amount}', en: 'up {amount}' },
  'rep.why.fallen': { zh: '减少 {amount}', en: 'down {amount}' },
  'rep.why.latestComputed': {
    zh: '{year} 年由分项数据算得 {value}，目标 {goal}',
    en: '{value} in {year}, computed from its parts’ figures, against {goal}',
  },
  'rep.why.latestChained': {
    zh: '{year} 年由录入的逐年增速连乘为 {value}，目标 {goal}',
    en: '{value} in {year}, chained from the yearly growth rates entered, against {goal}',
  },
  'rep.why.latestDerived': {
    zh: '{year} 年由公布数据推算为 {value}，目标 {goal}',
    en: '{value} in {year} (derived from published figures) against {goal}',
  },
  'rep.chart.caption': {
    zh: '图 {n}　{name}：{goal}（{year} 年）',
    en: 'Figure {n}. {name}: {goal} by {year}',
  },
  'rep.chart.status': { zh: '评估结论：{status}。', en: 'Status: {status}.' },
  'rep.chart.also': { zh: '；{name}：{goal}', en: '; {name}: {goal}' },
  'rep.chart.legend': {
    zh: '浅色带为 90% 区间（P5–P95），深色带为 50% 区间（P25–P75），实线为中位数，虚线为规划要求路径，实心圆点为实际值，空心圆点为由公布数据推算的值，菱形为目标。',
    en: 'Light band: 90% range (P5–P95); dark band: 50% range (P25–P75); line: median; dashed: the path the plan requires; filled dots: actuals; hollow dots: values derived from published figures; diamond: the target.',
  },
  'rep.chart.none': {
    zh: '尚无计算结果，图表将在计算完成后生成。',
    en: 'No run result yet: the charts appear when the run finishes.',
  },
  'rep.methods.model': {
    zh: '走势图与达成概率来自模拟：从实际值出发，按情景“{scenario}”的增长与政策假设生成 {paths} 条可能路径，统计每年的分布。',
    en: 'Charts and P(met) come from simulation: starting from the actuals, {paths} possible paths under the growth and policy assumptions of the scenario “{scenario}”, summarised year by year.',
  },
  'rep.notes.none': { zh: '（无）', en: '(none)' },
  'rep.page': { zh: '第 {n} 页', en: 'Page {n}' },
  'rep.export.docx': { zh: '导出 Word（.docx）', en: 'Export Word (.docx)' },
  'rep.export.xlsx': { zh: '导出 Excel（.xlsx）', en: 'Export Excel (.xlsx)' },
  'rep.export.pdf': { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
  'rep.export.busy': { zh: '正在生成文件…', en: 'Making the file…' },
  'rep.export.failed': { zh: '文件生成失败：{message}', en: 'The file could not be made: {message}' },
  'rep.preview': { zh: '报告预览', en: 'Report preview' },
  'rep.sheet.verdicts': { zh: '评估结论', en: 'Verdicts' },
  'rep.sheet.summary': { zh: '汇总', en: 'Summary' },
  'rep.sheet.baseNeeds': { zh: '所需基期数据', en: 'Base data needed' },
  'rep.file': { zh: '中期评估报告', en: 'mid-term-evaluation' },
  'rep.file.final': { zh: '终期评估报告', en: 'final-evaluation' },
} as const;

// Loaded with the report's code, never with the first visit: its labels join the page's here.
addMessages(REPORT_MESSAGES);
