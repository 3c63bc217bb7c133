// Each command's usage text, apart from the commands themselves: `help` prints them all without loading the
// engine (main.ts imports a command's module only to run it). Nothing here imports the engine, so figures the
// texts print are written out; tests/engine/commandUsages.test.ts checks them against the engine's.

/** Options several commands share, said once under the commands. */
export const sharedOptionsUsage = `Options shared by run, evaluate, goalseek, optimize and sensitivity:
  --paths N     Monte Carlo paths: default the scenario file's "paths", else 2000. The page runs 5000 and
                writes its count into the scenario files it exports, so --scenario FILE reproduces it.
  --seed S      the random seed: default the scenario file's "seed", else 1 (the page's too).`;

export const runUsage = `planpath run [--plan FILE] [--statistics FILE|none] [--scenario FILE] [--paths N] [--seed S] [--horizon YEAR]
             [--format json|csv|table] [--of indicators|targets] [--lang zh|en] [--out FILE]
  Simulates the plan (default: the embedded Yaohai plan) and prints, per indicator and year, the
  deterministic path and the quantiles P5…P95, and per target the probability it is met, the one
  verdict (pace and forecast) and what it rests on. --statistics FILE applies published figures (default:
  the file the plan's meta.statistics names; none: the plan alone). Verdicts, warnings and notes are
  worded in Chinese unless --lang en.
  --format csv  per indicator and year (percentages × 100, in the unit named); --of targets: per target its
                threshold, P(met) in %, verdict and basis.
  --out FILE    writes to FILE (a CSV with a BOM, which Excel needs to read Chinese) instead of stdout.`;

export const planUsage = `planpath plan [--plan FILE] [--statistics FILE|none] [--format json|table] [--lang zh|en]
  Validates a plan file and prints its indicators and targets with their provenance (a base to be entered
  is worded in Chinese unless --lang en).`;

export const schemaUsage = `planpath schema [--of plan|scenario]
  Prints the JSON Schema (draft 2020-12) of the plan or scenario file format.`;

export const evaluateUsage = `planpath evaluate [--actuals FILE] [--plan FILE] [--statistics FILE|none] [--scenario FILE] [--format json|csv|table|report]
             [--lang zh|en] [--html] [--paths N] [--seed S] [--as-of YEAR] [--thresholds A,B,C]
             [--strict] [--out FILE]
  Mid-term evaluation: per target 时间进度, 完成进度, ratio to the planned path, achieved and required
  CAGR, ESCAP ratio R, growth still needed, P(met) on paths re-anchored on the actuals, and a status.
  --actuals     CSV (indicator,year,value[,unit] or indicator,2021,2022,…), a table pasted from
                Excel/WPS (指标/年份/数值/单位), or an .xlsx (its first sheet with cells); problems are
                listed by row and column on stderr.
                Without it, the plan's own observed values (its published statistics) are evaluated.
  --as-of YEAR  evaluate as of YEAR (评估截至), later data left out; default: the scenario file's "asOf",
                else all the data.
  --thresholds  pace thresholds for 快于预期, 基本符合预期, 滞后 (default 1.1,0.9,0.6)
  --strict      exit 1 if any cell of the actuals was refused
  --format report prints Markdown (or HTML with --html), in Chinese unless --lang en.`;

export const goalseekUsage = `planpath goalseek --target ID (--lever ID | --growth PARAM_ID) [--prob P | --deterministic]
             [--plan FILE] [--statistics FILE|none] [--scenario FILE] [--range LOW,HIGH] [--tolerance T] [--paths N] [--seed S]
             [--format json|table]
  The smallest value of one lever's intensity (--lever) or one parameter's mean (--growth, e.g. a growth
  rate) at which the target's P(met) reaches P (default 0.8), by bisection on common random numbers; the
  largest, where P(met) falls as the value rises (the growth of an indicator a target caps, 能耗下降).
  --deterministic asks instead when the deterministic path meets the target. Says so plainly when no
  value in the range suffices, or when an observed year has already settled the target (exit code 3).
  Range: the lever's intensity range or the parameter's slider range.`;

export const optimizeUsage = `planpath optimize --targets ID,ID,… [--prob P | --deterministic] [--levers ID,ID,…]
             [--method auto|exact|greedy] [--plan FILE] [--statistics FILE|none] [--scenario FILE] [--paths N] [--seed S]
             [--format json|table]
  The lever intensities that meet every chosen target with P(met) ≥ P (default 0.8) for the least total
  fiscal cost, searched on each lever's slider grid with common random numbers. Few levers: exact frontier
  search; many: greedy ascent + pruning (labelled a heuristic). Method: docs/analytics.md. A plan with no
  levers has no mix: said as no-levers, with the assumptions goalseek can seek instead (exit code 3).`;

export const sensitivityUsage = `planpath sensitivity --target ID[,ID…] [--plan FILE] [--statistics FILE|none] [--scenario FILE] [--top N] [--paths N]
             [--seed S] [--format json|table]
  One at a time, each uncertain parameter is set to its P10 and P90 (point values ±10 %) and each lever
  to its minimum and maximum; the table ranks them by the swing in P(met), then in the median.`;

export const attributeUsage = `planpath attribute [--from FILE] [--to FILE] [--plan FILE] [--statistics FILE|none] [--target ID[,ID…]]
             [--paths N] [--seed S] [--format json|table] [--lang zh|en]
  Which setting moved each target's P(met) from one scenario to another (either left out: the plan alone):
  each lever, parameter, shock, the entered actuals and the run settings in which they differ are applied
  alone to --from, on the same seed; what they do only together is the total less the parts. --paths and
  --seed, given, hold for both scenarios (else each scenario's own, else 2000 and 1: the page runs 5000).
  Names of settings and targets in Chinese unless --lang en.`;

export const checkUsage = `planpath check [--plan FILE] [--statistics FILE|none] [--relations FILE] [--format json|table] [--lang zh|en]
             [--fail-on error|warning|info]
  Checks that the plan's own figures hold together: stated annual rates vs totals (compound vs
  arithmetic), implied base values, shares whose implied denominators disagree, sub-targets vs totals,
  stock targets vs the yearly quotas that build them, gross output mixed with value added. Every
  finding shows its arithmetic. --relations adds relations the plan data does not carry (a JSON array
  of {kind: "parts"|"share"|"quota", …}).`;

export const extractUsage = `planpath extract --text FILE [--target-year YEAR] [--format json|table]
planpath extract --table FILE.csv|FILE.xlsx [--format json|table] [--lang zh|en]
  Finds the quantitative targets in the text of a plan (UTF-8): name, figure as printed and its offset,
  value, unit, comparator, kind, year, base, 力争, section. Figures about the past (截至2020年底…) are
  listed apart as base facts. --target-year says what "十四五"末 / 期末 mean when the text does not.
  --table reads a filled-in target table (see planpath template) and reports every bad cell by row and
  column; the exit code is 1 when any cell is refused.
  --plan-out FILE also writes a runnable plan generated from the targets (default dynamics are labelled
  assumptions; targets without a base are kept as 基期待补 and listed).`;

export const templateUsage = `planpath template [--of targets] [--format csv|xlsx] --out FILE
planpath template --of bases [--plan FILE] [--scenario FILE] [--lang zh|en] --out FILE
  --of targets (default) writes the target table template: 指标, 单位, 基期年, 基期值, 目标年, 目标值, 类型,
  比较, 属性, 力争, 章节, 原文, with one example row (skipped on import). Fill it in and read it back with
  extract --table FILE.
  --of bases writes the base-year values the plan still needs (基期待补) as CSV: one row per indicator, its
  unit, an empty base-year column and the targets waiting for it (most first), to send to the statistics
  office. Values the scenario already enters are left out. Filled in, read it back with evaluate --actuals
  FILE or paste it into the page's 实施评估 (Review).`;
