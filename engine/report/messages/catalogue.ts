// The engine's message catalogue: every word the engine's outputs stand for, in Chinese and English. The
// engine returns codes with parameters (a status, an ESCAP category, a column); the CLI, the reports and the
// page render them from here — the page's own catalogue (notebook/i18n/messages.ts) includes this one, so a
// code reads the same everywhere. `{name}` placeholders are filled by `render`. Each stage's words live in a
// file of their own here (the plan check, the actuals and table readers, the extractor, verdicts, run warnings,
// the CLI's labels) and are part of this one catalogue; the table reader's, the extractor's and the CLI's are
// added when their code loads (addEngineMessages).
import { ACTUALS_MESSAGES } from './actualsMessages.ts';
import type { CHECK_MESSAGES } from './checkMessages.ts';
import type { CLI_MESSAGES } from './cliMessages.ts';
import { EVALUATION_MESSAGES } from './evaluationMessages.ts';
import type { EXTRACT_MESSAGES } from './extractMessages.ts';
import { INPUT_MESSAGES } from './inputMessages.ts';
import { RUN_MESSAGES } from './runMessages.ts';
import { SHARED_MESSAGES } from './sharedMessages.ts';
import type { TABLE_MESSAGES } from './tableMessages.ts';
import { VERDICT_MESSAGES } from './verdictMessages.ts';

export const ENGINE_MESSAGES = {
  ...SHARED_MESSAGES,
  ...ACTUALS_MESSAGES,
  ...EVALUATION_MESSAGES,
  ...INPUT_MESSAGES,
  ...VERDICT_MESSAGES,
  ...RUN_MESSAGES,
  'status.met': { zh: '已完成', en: 'met' },
  'status.achieved': { zh: '提前实现', en: 'achieved early' },
  'status.ahead': { zh: '快于预期', en: 'ahead of plan' },
  'status.on-track': { zh: '基本符合预期', en: 'broadly on plan' },
  'status.behind': { zh: '滞后', en: 'behind plan' },
  'status.far-behind': { zh: '严重滞后', en: 'far behind plan' },
  'status.within': { zh: '控制在目标内', en: 'within the limit' },
  'status.breached': { zh: '超出控制目标', en: 'over the limit' },
  'status.missed': { zh: '未完成', en: 'not met' },
  'pmet.settled': { zh: '已定', en: 'settled' },
  'pmet.settled.reckoned': { zh: '已定（依推算值）', en: 'settled (on a reckoned value)' },
  'status.no-data': { zh: '无数据', en: 'no data' },
  'status.no-base': { zh: '进度待补基期', en: 'progress needs a base' },

  'escap.achieved': { zh: '已实现', en: 'target achieved' },
  'escap.on-track': { zh: '进展顺利', en: 'on track' },
  'escap.acceleration-needed': { zh: '需加速', en: 'acceleration needed' },
  'escap.limited-progress': { zh: '进展有限', en: 'limited progress' },
  'escap.deterioration': { zh: '倒退', en: 'deterioration' },

  'comparator.>=': { zh: '≥', en: '≥' },
  'comparator.<=': { zh: '≤', en: '≤' },
  'comparator.>': { zh: '>', en: '>' },
  'comparator.~=': { zh: '约', en: '≈' },
  'unit.perYear': { zh: '/年', en: '/yr' },
  'target.overYears': { zh: '（{years}年累计）', en: ' over {years} yrs' },
  'target.fall': { zh: '下降', en: 'fall' },

  'col.id': { zh: '目标编号', en: 'Target id' },
  'col.target': { zh: '目标', en: 'Target' },
  'col.year': { zh: '目标年', en: 'Target year' },
  'col.unit': { zh: '单位', en: 'Unit' },
  'col.goalUnit': { zh: '目标值单位', en: 'Target unit' },
  'col.base': { zh: '基期值', en: 'Base' },
  'col.goal': { zh: '目标值', en: 'Target value' },
  'col.latestIsLevel': { zh: '（总量，非增量）', en: ' (the level, not the increase)' },
  'col.goalHigh': { zh: '目标上限（区间目标）', en: 'Target upper end (a range)' },
  'col.goalUnit.periodChange': { zh: '%（{years}年累计）', en: '% (over {years} years)' },
  'col.latest': { zh: '最新实际', en: 'Latest actual' },
  'col.latestSource': { zh: '最新实际来源', en: 'Latest actual from' },
  'col.latestYear': { zh: '最新实际年份', en: 'Latest actual year' },
  'col.tau': { zh: '时间进度', en: 'Time elapsed' },
  'col.progress': { zh: '完成进度', en: 'Progress' },
  'col.pace': { zh: '进度比', en: 'Pace' },
  'col.plannedPathRatio': { zh: '实际值 ÷ 规划路径值', en: 'Actual ÷ planned-path value' },
  'col.achievedCagr': { zh: '已实现年均增速', en: 'Achieved CAGR' },
  'col.requiredCagr': { zh: '规划要求年均增速', en: 'Required CAGR' },
  'col.ratioR': { zh: '增速达成率 R', en: 'Growth ratio R' },
  'eval.pace.compound': { zh: '（按复合路径）', en: ' (compound path)' },
  'col.requiredGrowthRemaining': {
    zh: '最新实际至目标年所需增速',
    en: 'Growth needed from the latest actual',
  },
  'col.pMet': { zh: '达成概率', en: 'P(met)' },
  'col.status': { zh: '评估结论', en: 'Status' },
  'col.verdict': { zh: '综合判断', en: 'Verdict' },
  'col.verdictBasis': { zh: '判断依据', en: 'Basis' },
  'col.note': { zh: '说明', en: 'Note' },
  'col.indicator': { zh: '指标', en: 'Indicator' },
  'col.valueIn': { zh: '{year}年', en: '{year}' },
  'baseRequest.waiting': { zh: '待其判断的目标：{targets}', en: 'Targets waiting for it: {targets}' },
  'baseRequest.progress': {
    zh: '待其计算完成进度的目标：{targets}',
    en: 'Targets whose progress waits for it: {targets}',
  },
  'col.percentSuffix': { zh: '（%）', en: ' (%)' },
  'col.comparator': { zh: '比较', en: 'Comparator' },
  'col.pointsSuffix': { zh: '（个百分点/年）', en: ' (points a year)' },

  // A verdict on a figure the tool itself questions is still counted (questioned, never refused): said beside
  // the counts, so the summary is not quoted without the check.
  'eval.questionedCount': {
    zh: '其中 {n} 项结论所依录入值存疑（⚠），核对前不宜引用',
    en: '{n} of these verdicts {n|rests|rest} on entered figures that look mistyped (⚠): check them before quoting',
  },
  'eval.noDataList': {
    zh: '无实际数据的目标 {n} 项（未评估）：{names}。',
    en: '{n} {n|target has|targets have} no observation after the base year and {n|is|are} not evaluated: {names}.',
  },
  'eval.listSep': { zh: '；', en: '; ' },
  'eval.missedYears': { zh: '{years} 年未完成年度任务', en: 'yearly quota missed in {years}' },
  'eval.ceilingBreachedYears': { zh: '{years} 年超出上限', en: 'over the limit in {years}' },
  'eval.rule.status': {
    zh: '进度比（实际完成量 ÷ 按规划路径到最新年份应完成量）≥ {ahead} 为“快于预期”，{onTrack}–{ahead} 为“基本符合预期”，{behind}–{onTrack} 为“滞后”，低于 {behind} 为“严重滞后”；最新实际值已达到目标为“提前实现”（约/左右的目标须达到目标值本身，低于目标值 5% 以内的容差只用于目标年）；基期已在上限以内的控制类目标（如“控制在5.5%以内”）不计进度，最新实际值在上限以内为“控制在目标内”，超过为“超出控制目标”；基期已达到或只差舍入范围的下限类目标（如基期69.8%、目标“70%以上”）也不计进度，最新实际值达到目标为“提前实现”，未达到而基期以来年均变化不低于此后每年所需为“基本符合预期”，否则为“滞后”；目标年份已有实际数据的，达到目标为“已完成”，未达到为“未完成”；年度任务任一年未完成的，结果已定为“未达成”。',
    en: "Pace (progress made ÷ progress the planned path asks for by the latest year) ≥ {ahead}: ahead of plan; {onTrack}–{ahead}: broadly on plan; {behind}–{onTrack}: behind plan; below {behind}: far behind plan; the latest actual already meets the target: achieved early (an “about” target must reach its figure itself; the 5% below it that counts as met applies to its own year only); a ceiling the base already keeps (such as 5.5% at most) has no progress to measure: within the limit, or over the limit, by the latest actual; a floor the base already reaches, or falls short of by less than the printed figure rounds (69.8% for 70% or more), has none either: achieved early once the latest actual meets it, broadly on plan while its change a year since the base covers what each year still needs, else behind plan; once the target's own year is observed: met, or not met; a yearly quota missed in any year is settled as not met.",
  },
  'eval.rule.pace': {
    zh: '按增速表述或按增速演化的指标，与规划的复合增长路径 x0·(1+r)^(t−t0) 比较（恰好按规划增速增长的指标进度比为 100%）；其余指标按时间进度线性比较（完成进度 ÷ 时间进度）；年度任务类指标按累计完成量 ÷ 累计任务量计算，任一年未完成年度任务的，结论最高为“滞后”。',
    en: "Indicators stated or grown as a rate are compared with the plan's compound path x0·(1+r)^(t−t0) (a path exactly on the planned rate has pace 100%); others linearly (progress ÷ time elapsed); yearly quotas by cumulative flow ÷ cumulative quota, and a quota missed in any year caps the status at behind plan.",
  },
  'eval.rule.tau': {
    zh: '时间进度 = (最新年份 − 基期年) ÷ (目标年 − 基期年)；完成进度 = (最新实际 − 基期值) ÷ (目标值 − 基期值)。',
    en: 'Time elapsed = (latest year − base year) ÷ (target year − base year); progress = (latest actual − base) ÷ (target − base).',
  },
  'eval.rule.escap': {
    zh: '增速达成率 R 采用联合国亚太经社会（ESCAP）评估可持续发展目标进展的方法：R = 已实现年均增速 ÷ 规划要求年均增速（目标为下降的指标取反号；百分比指标按每年提高的百分点相除），表示实际增长快慢相当于规划要求的几成。R ≥ {onTrack} 为“进展顺利”，{acceleration}–{onTrack} 为“需加速”，0–{acceleration} 为“进展有限”，R < 0（朝相反方向变化）为“倒退”。它与评估结论分别判断，作为参考。',
    en: 'The growth ratio R follows the method UN ESCAP uses to track progress on the Sustainable Development Goals: R = achieved annual growth ÷ the annual growth the plan requires (sign flipped for targets that should fall; for a percentage, its points a year) — how much of the required pace was achieved. R ≥ {onTrack}: on track; {acceleration}–{onTrack}: acceleration needed; 0–{acceleration}: limited progress; R < 0 (moving the wrong way): deterioration. It is judged apart from the status, as a cross-check.',
  },
  'eval.rule.remaining': {
    zh: '最新实际至目标年所需增速 = (目标值 ÷ 最新实际)^(1 ÷ 两者相隔年数) − 1；终期评估中目标年已过而无当年数据的，它是那几年本应达到的增速，不是今后的要求。',
    en: 'Growth needed from the latest actual = (target ÷ latest actual)^(1 ÷ years between them) − 1; in a final evaluation, for a target year already past without its data, it is the growth those years would have needed, not a requirement ahead.',
  },
  'eval.rule.pmet': {
    zh: '达成概率：以实际值为起点，按模型假设重新模拟 {paths} 条路径（随机种子 {seed}），目标年达到目标的路径所占比例；它是模型假设下的估计，不是确定结论。目标年份已有实际数据的，结果已定，不列概率（记为“已定”）。',
    en: "P(met): the share of {paths} paths, re-simulated from the actuals under the model's assumptions (seed {seed}), that meet the target in its year — an estimate under those assumptions, not a certainty. A target whose own year is observed is settled: no chance is quoted (“settled”).",
  },

  'report.title': { zh: '{plan} 中期评估报告', en: '{plan}: mid-term evaluation' },
  'report.title.final': { zh: '{plan} 终期评估报告', en: '{plan}: final evaluation' },
  'report.meta': {
    zh: '评估数据截至 {asOf} 年；基期 {base} 年，规划目标年 {target} 年。',
    en: 'Data up to {asOf}; base year {base}, target year {target}.',
  },
  'report.overview': { zh: '总体情况', en: 'Overview' },
  'report.count': { zh: '目标数', en: 'Targets' },
  'report.qualitative': {
    zh: '另有 {n} 项定性目标未纳入量化评估。',
    en: '{n} qualitative {n|target is|targets are} not evaluated quantitatively.',
  },
  'report.rules': { zh: '判定规则与方法', en: 'Methods and definitions' },
  'report.detail': { zh: '分目标评估', en: 'Targets' },
  'report.notes': { zh: '说明', en: 'Notes' },
} as const;

/**
 * Words loaded with the code that says them — the plan check's, the target-table reader's, the extractor's, the
 * CLI's — and
 * added then (addEngineMessages): the page's first visit and its worker had carried them for a plan import
 * they may never open.
 */
type LaterMessages = typeof CHECK_MESSAGES &
  typeof EXTRACT_MESSAGES &
  typeof TABLE_MESSAGES &
  typeof CLI_MESSAGES;

export type EngineMessageCode = keyof typeof ENGINE_MESSAGES | keyof LaterMessages;

type Words = { readonly zh: string; readonly en: string };
const later: Partial<Record<keyof LaterMessages, Words>> = {};

/** Adds words loaded later (each messages file of LaterMessages calls it as it loads). */
export function addEngineMessages(messages: Partial<LaterMessages>): void {
  Object.assign(later, messages);
}

/** A code's words; a code whose file was never loaded is a bug, said as one. */
export function engineMessage(code: EngineMessageCode): Words {
  const words = (ENGINE_MESSAGES as Record<string, Words>)[code] ?? later[code as keyof LaterMessages];
  if (!words) throw new Error(`engine message ${code} is not loaded`);
  return words;
}
