// The page formats numbers with the engine's one formatter module (engine/report/formatValue.ts), so the
// page, the CLI and the reports agree; this file only keeps the notebook's import path.
export {
  displayScale,
  formatBare,
  formatDelta,
  formatMoney,
  formatNumber,
  formatPercentOf,
  formatProb,
  formatProbPhrase,
  formatRate,
  formatValue,
  isCountUnit,
  isPercentUnit,
  percentSuffix,
  unitLabel,
} from '../../engine/index.ts';
