// The engine's public API: the notebook and the CLI import from this file only (tests/engine/publicApi.test.ts
// keeps it so). The engine is a pipeline of stages, one folder each:
//   plan/ (formats, loading) → compile/ (formula → IR → WebAssembly) → run/ (scenario resolution, the
//   simulation loop) → outputs/ (quantiles, target statistics) → check/ · evaluate/ · search/ · report/.
// See docs/architecture.md for the path of one slider value through these files.

export { checkEnteredBase } from './actuals/checkEnteredBase.ts';
export { type ActualsIssue, type ParsedActuals, parseActuals } from './actuals/parseActuals.ts';
export type { QuestionedActual } from './actuals/questionedActuals.ts';
export { questionedBehind } from './actuals/questionedBehind.ts';
export { type RatesChain, ratesChain } from './actuals/ratesChain.ts';
export { type EnteredValue, readEnteredValue } from './actuals/readEnteredValue.ts';
export { sumsItsYears } from './actuals/sumsItsYears.ts';
// Analytics
export { type CheckPlanResult, checkPlan, type Finding, type Severity } from './check/checkPlan.ts';
export { type FindingText, renderFindings } from './check/renderFindings.ts';
// Formulas
export {
  checkFormula,
  type FormulaCheck,
  type FormulaError,
  formatFormulaErrors,
  formulaErrorsMessage,
} from './compile/formula/checkFormula.ts';
export type { ShippedKernelData } from './compile/shippedKernelEntry.ts';
export { useShippedKernels } from './compile/shippedKernels.ts';
export {
  type BaseRequest,
  baseRequests,
  progressWaitingForBase,
  waitingForBase,
} from './evaluate/baseRequests.ts';
export { type BaseSource, baseSourceOf, isDataSource } from './evaluate/baseSourceOf.ts';
export {
  DEFAULT_STATUS_THRESHOLDS,
  type EvaluationStatus,
  STATUS_ORDER,
  type StatusThresholds,
} from './evaluate/classifyStatus.ts';
export {
  type Evaluation,
  evaluateTargets,
  mergeActuals,
  type TargetEvaluation,
} from './evaluate/evaluateTargets.ts';
export { isFinalEvaluation } from './evaluate/isFinalEvaluation.ts';
export { listedStatuses } from './evaluate/listedStatuses.ts';
export { pastYearRequests } from './evaluate/pastYearRequests.ts';
export { type LatestSource, planObservations } from './evaluate/planObservations.ts';
export { questionedCount } from './evaluate/questionedCount.ts';
export { settledIn, settledKey } from './evaluate/settledIn.ts';
export { type StatusCountKey, statusKey } from './evaluate/statusKey.ts';
export { targetBasis } from './evaluate/targetBasis.ts';
export {
  DEFAULT_VERDICT_THRESHOLDS,
  type Verdict,
  type VerdictCode,
  type VerdictReason,
  verdictFor,
} from './evaluate/verdictFor.ts';
export { verdictSummary } from './evaluate/verdictSummary.ts';
// Plans from text and tables
export {
  type BaseFact,
  type Comparator as DraftComparator,
  DEFAULT_MAX_BYTES,
  type DraftKind,
  type DraftTarget,
  type DraftValue,
  type ExtractMessage,
  type ExtractOptions,
  type ExtractResult,
  extractTargets,
  MAX_TARGETS,
  readChineseNumber,
  refusesText,
} from './extract/index.ts';
export { baseUnknownTargets } from './generate/baseUnknownTargets.ts';
export { generatePlan } from './generate/generatePlan.ts';
export type { GenerateOptions, GenerateTarget } from './generate/generateTypes.ts';
export { isDecrease, metInterval } from './outputs/targetMeasure.ts';
export {
  type AppliedStatistic,
  type AppliedStatistics,
  applyStatistics,
  type StatisticsIssue,
  type StatisticsIssueCode,
} from './plan/applyStatistics.ts';
export { BUILT_IN_VIEWS, type BuiltInView } from './plan/builtInViews.ts';
export type { Cell, CellKind } from './plan/cellSchema.ts';
export { countStep, isCountIndicator } from './plan/countUnit.ts';
export { diffScenario } from './plan/diffScenario.ts';
export { formulaNames } from './plan/formulaNames.ts';
export { isLowerBound } from './plan/isLowerBound.ts';
export { declaredUnknown, knownBase } from './plan/knownBase.ts';
export { loadActuals } from './plan/loadActuals.ts';
export { loadPlan, parseJsonText } from './plan/loadPlan.ts';
export { loadScenario } from './plan/loadScenario.ts';
export { loadStatistics } from './plan/loadStatistics.ts';
export { NOTE_TEXT_MAX, NOTE_TITLE_MAX } from './plan/noteLimits.ts';
export { oddsIndicators, oddsPart } from './plan/oddsPart.ts';
export { oddsRateShare } from './plan/oddsRateShare.ts';
// Plan and scenario formats
export { formatIssues, type InputIssue, PlanError } from './plan/PlanError.ts';
export { fromInterval, parseUncertain } from './plan/parseUncertain.ts';
export {
  type Comparator,
  type Dynamics,
  type Fact,
  type Indicator,
  type KnownBase,
  type Lever,
  type LeverEffect,
  type NotComparableReason,
  type Observation,
  type OtherReading,
  type Parameter,
  PLAN_FORMAT,
  type Plan,
  type PlanMeta,
  type Provenance,
  planSchema,
  type Shock,
  type Target,
  type TargetKind,
  type Text,
} from './plan/planSchema.ts';
export { proseText } from './plan/proseText.ts';
export { provenanceFigure } from './plan/provenanceFigure.ts';
export { type PlanRelation, planRelationsSchema } from './plan/relationSchema.ts';
export { rootUnknownBases } from './plan/rootUnknownBases.ts';
export {
  type Actuals,
  type LeverSetting,
  MAX_ITEMS,
  SCENARIO_FORMAT,
  type Scenario,
  type ScenarioInput,
  scenarioSchema,
  type UserFormula,
} from './plan/scenarioSchema.ts';
export {
  STATISTICS_FORMAT,
  type StatisticSeries,
  type Statistics,
  type StatisticValue,
  statisticsSchema,
} from './plan/statisticsSchema.ts';
export type { Uncertain, UncertainInput } from './plan/uncertainSchema.ts';
export { isPlanYear, YEAR_MAX, YEAR_MIN } from './plan/yearSchema.ts';
export { anchoringMessages, bridgeHow, gapYears } from './report/anchoringMessages.ts';
export { asOfNotes } from './report/asOfNotes.ts';
export { baseRequestTable } from './report/baseRequestTable.ts';
export { chainFormula } from './report/chainFormula.ts';
export { type CommonScale, commonScale } from './report/commonScale.ts';
export { BOM, type CsvCell } from './report/csvCell.ts';
export {
  columnHeader,
  EVALUATION_COLUMN_SPEC,
  EVALUATION_COLUMNS,
  type EvaluationColumn,
  type EvaluationColumnKey,
  escapText,
  evaluationColumn,
  formatLatest,
  latestIsGiven,
  latestIsLevel,
  probabilityPercent,
  statusText,
  targetName,
} from './report/evaluationColumns.ts';
// Reporting
export { evaluationTable } from './report/evaluationCsv.ts';
export { evaluationReport } from './report/evaluationReport.ts';
export { evaluationRows, noDataText } from './report/evaluationRows.ts';
export { extractMessage } from './report/extractMessage.ts';
export { formatPercent, totalCostUnit } from './report/formatQuantity.ts';
export { formatTyped } from './report/formatTyped.ts';
export {
  displayScale,
  formatBare,
  formatDelta,
  formatMoney,
  formatNumber,
  formatPercentOf,
  formatProb,
  formatProbPhrase,
  formatProbTenths,
  formatRate,
  formatValue,
  isCountUnit,
  isPercentUnit,
  percentSuffix,
  type UnitOf,
  unitLabel,
} from './report/formatValue.ts';
export { historyRateBasis } from './report/historyRateBasis.ts';
export type { Lang } from './report/lang.ts';
export { ENGINE_MESSAGES, type EngineMessageCode } from './report/messages/catalogue.ts';
export { inTenths } from './report/messages/inTenths.ts';
export { type Message, type MessageArg, msg } from './report/messages/message.ts';
export {
  fill,
  type MessageParams,
  type MessagePart,
  render,
  renderMessage,
  renderParts,
} from './report/messages/render.ts';
export { remainsInPoints } from './report/remainsInPoints.ts';
export { methodsText, statusLabel, statusRuleText } from './report/rulesText.ts';
export { runWarningMessage } from './report/runWarningMessage.ts';
export { comparatorSymbol, planTargetShape, type TargetShape, targetPhrase } from './report/targetPhrase.ts';
export { toJsonResult } from './report/toJsonResult.ts';
export {
  apartArgs,
  basisMessage,
  outlierArgs,
  questionedItem,
  questionedMessage,
  verdictLabelMessage,
  verdictMessage,
  verdictReasonMessage,
} from './report/verdictMessage.ts';
/** The one CSV writer, loaded when a file is written: papaparse stays out of the page's first visit. */
export const loadCsvWriter = (): Promise<typeof import('./report/writeCsv.ts')> =>
  import('./report/writeCsv.ts');
/** The plan check's words, loaded with its findings (the page asks for them after the first run). */
export const loadCheckMessages = (): Promise<unknown> => import('./report/messages/checkMessages.ts');
export { historyReading } from './run/historyRates.ts';
export type { LockedParameter } from './run/lockedParameters.ts';
export { messageTask } from './run/messageTask.ts';
export { DEFAULT_PATHS, DEFAULT_SEED, run, runSync } from './run/run.ts';
export {
  type HistoryRate,
  type IndicatorResult,
  type LeverCost,
  type Progress,
  QUANTILE_KEYS,
  QUANTILE_PROBS,
  type QuantileKey,
  type QuotaYear,
  type RequiredGrowth,
  type RunOptions,
  type RunResult,
  type TargetResult,
  type VerdictBasis,
  type VerdictSummary,
} from './run/runTypes.ts';
// Running
export type { NonFiniteValue, RunWarning } from './run/runWarnings.ts';
export {
  type AttributionOptions,
  type AttributionResult,
  attribution,
  type Chance,
  type TargetAttribution,
} from './search/attribution.ts';
export { chanceShown } from './search/chanceShown.ts';
export {
  type GoalSeekOptions,
  type GoalSeekResult,
  type GoalSeekVariable,
  goalSeek,
} from './search/goalSeek.ts';
export { type GoalSeekPointsBasis, goalSeekPoints, type PointsReading } from './search/goalSeekPoints.ts';
export { type OptimizeOptions, type OptimizeResult, optimizeMix } from './search/optimizeMix.ts';
export { type ScenarioChange, scenarioChanges, withChange } from './search/scenarioChanges.ts';
export { type SensitivityResult, sensitivity } from './search/sensitivity.ts';
export * from './table/index.ts';
export { fromPercent, fromScale } from './units/fromScale.ts';
export { convertUnit } from './units/unitFactor.ts';
// Where it runs
export { type BrowserWorkerApi, exposeInBrowserWorker } from './worker/browserWorker.ts';
export {
  type EngineApi,
  engineApi,
  type PlanSource,
  prewarm,
  type ValidatedPlan,
  type WarmUpStep,
  warmUp,
} from './worker/engineApi.ts';
