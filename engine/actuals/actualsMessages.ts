// The words of every actuals message, one catalogue per language, rendered from a code and its parameters.
// The parser never writes prose; the CLI and the page read `message` / `messageZh` made here.
import type { ActualsIssueCode, ActualsIssueParams } from './actualsIssue.ts';
import { REFUSES } from './actualsIssue.ts';

type Catalogue = { [C in ActualsIssueCode]: (p: ActualsIssueParams[C]) => string };

const ROLE_ZH = { indicator: '指标', year: '年份', value: '数值', unit: '单位' } as const;

const EN: Catalogue = {
  csv: (p) => `CSV: ${p.detail}`,
  empty: (p) => `${p.source ?? 'the input'} is empty`,
  noHeader: () =>
    'no header recognised: expected columns indicator, year, value (指标, 年份, 数值) or an indicator column followed by year columns (2021, 2022 … or 2021年 …)',
  noHeaderRow: () => 'no header row: columns read as indicator, year, value[, unit]',
  aboveHeader: () => 'row above the header ignored',
  duplicateColumn: (p) => `second ${p.role} column ignored`,
  unknownColumn: () => 'column not recognised, ignored',
  yearInTwoColumns: (p) => `year ${p.year} appears in two columns; both refused`,
  notNumber: () => 'not a number',
  badCommas: () => 'commas are not thousands separators here (expected e.g. 1,234.5)',
  textAfterNumber: (p) => `unexpected text "${p.text}" after the number`,
  textAfterPercent: (p) => `unexpected text "${p.text}" after %`,
  notFinite: () => 'not a finite number',
  conflictingUnits: (p) => `conflicting units ${p.units.join(' vs ')}`,
  bareShareSmall: (p) =>
    `read as ${p.value}% (${p.indicator} is a share in %); if ${p.percent}% was meant, write ${p.percent} or ${p.percent}%`,
  percentUnitSmall: (p) =>
    `read as ${p.value}% (the unit says ${p.unit}); if ${p.percent}% was meant (a fraction), write ${p.percent}`,
  unitNotConvertible: (p) =>
    `unit ${p.unit} cannot be converted to ${p.indicator}'s unit ${p.target} without a guess`,
  shareOutOfRange: (p) => `${p.indicator} is a share, which cannot be ${p.percent}%`,
  notWholeCount: (p) =>
    `${p.indicator} counts whole ${p.unit}, not ${p.value}${p.whole ? ` (if ${p.whole} was meant, write it without a dot: the dot is read as a decimal point)` : ''}`,
  yearImplausible: (p) => `year ${p.year} is implausible for a plan from ${p.first} to ${p.last}`,
  yearBeforeBase: (p) => `year ${p.year} is before the plan's base year ${p.base}; kept but not used`,
  yearAfterLast: (p) => `year ${p.year} is after the plan's last year ${p.last}; kept but not used`,
  tooManyCells: (p) =>
    `row has ${p.cells} cells but the header has ${p.columns} (in CSV, a number written with thousands separators must be quoted: "1,234.5")`,
  valuesWithoutName: () => 'values without an indicator name',
  unknownRowWithoutValues: () => 'row has no values and names no known indicator; ignored',
  ambiguousName: (p) => `names more than one indicator (${p.ids.join(', ')}); use the id`,
  unknownName: (p) =>
    p.suggestions.length > 0
      ? `no such indicator in the plan; did you mean ${p.suggestions.map((s) => `"${s}"`).join(' or ')}?`
      : 'no such indicator in the plan',
  targetNotLevel: (p) =>
    `this names the target "${p.target}", which measures the ${p.kind === 'increase' ? 'increase' : 'annual growth'} of ${p.indicator}, not its level; give ${p.indicator}'s level (its id or indicator name)`,
  notAYear: () => 'not a 4-digit year',
  conflictingDuplicates: (p) =>
    `${p.indicator} ${p.year} is given ${p.rows.length} times with different values (${p.rows.map((r) => `row ${r.row}: ${r.raw}`).join('; ')})`,
  repeatedSame: (p) => `${p.indicator} ${p.year} repeated with the same value`,
};

const ZH: Catalogue = {
  csv: (p) => `CSV 格式错误：${p.detail}`,
  empty: (p) => `${p.source ?? '输入内容'}为空`,
  noHeader: () => '未识别表头：应为“指标、年份、数值”三列，或一列指标后接各年份列（2021、2022… 或 2021年…）',
  noHeaderRow: () => '无表头：各列按“指标、年份、数值[、单位]”读取',
  aboveHeader: () => '表头上方的行，已忽略',
  duplicateColumn: (p) => `重复的${ROLE_ZH[p.role]}列，已忽略`,
  unknownColumn: () => '未识别的列，已忽略',
  yearInTwoColumns: (p) => `${p.year}年出现在两列中，两列均不采用`,
  notNumber: () => '不是数字',
  badCommas: () => '逗号不是千位分隔符（应如 1,234.5）',
  textAfterNumber: (p) => `数字后有多余文字“${p.text}”`,
  textAfterPercent: (p) => `%后有多余文字“${p.text}”`,
  notFinite: () => '不是有限数值',
  conflictingUnits: (p) => `单位相互矛盾（${p.units.join('、')}）`,
  bareShareSmall: (p) =>
    `按 ${p.value}% 读取（${p.indicator} 为百分比指标）；如指 ${p.percent}%，请填写 ${p.percent} 或 ${p.percent}%`,
  percentUnitSmall: (p) =>
    `按 ${p.value}% 读取（单位为 ${p.unit}）；如指 ${p.percent}%（填的是小数），请填写 ${p.percent}`,
  unitNotConvertible: (p) => `单位 ${p.unit} 无法确定地换算为 ${p.indicator} 的单位 ${p.target}`,
  shareOutOfRange: (p) => `${p.indicator} 为比重，不可能是 ${p.percent}%`,
  notWholeCount: (p) =>
    `${p.indicator} 以整数${p.unit}计，不能是 ${p.value}${p.whole ? `（如指 ${p.whole}，请去掉小数点：小数点按小数读取）` : ''}`,
  yearImplausible: (p) => `${p.year}年不在规划期 ${p.first}–${p.last} 的合理范围内`,
  yearBeforeBase: (p) => `${p.year}年早于规划基年 ${p.base}，已保留但不参与评估`,
  yearAfterLast: (p) => `${p.year}年晚于规划末年 ${p.last}，已保留但不参与评估`,
  tooManyCells: (p) =>
    `该行有 ${p.cells} 个单元格，而表头只有 ${p.columns} 列（CSV 中带千位分隔符的数字须加引号："1,234.5"）`,
  valuesWithoutName: () => '有数值但缺少指标名称',
  unknownRowWithoutValues: () => '该行无数值，也不是已知指标，已忽略',
  ambiguousName: (p) => `对应多个指标（${p.ids.join('、')}），请填写指标代码`,
  unknownName: (p) =>
    p.suggestions.length > 0
      ? `规划中无此指标（是否指${p.suggestions.map((s) => `“${s}”`).join('或')}？）`
      : '规划中无此指标',
  targetNotLevel: (p) =>
    `此处填的是目标“${p.target}”，它衡量 ${p.indicator} 的${p.kind === 'increase' ? '增量' : '年均增速'}而非数值本身；请填写 ${p.indicator} 的实际数值（指标代码或指标名称）`,
  notAYear: () => '不是四位年份',
  conflictingDuplicates: (p) =>
    `${p.indicator} ${p.year}年出现 ${p.rows.length} 次且数值不同（${p.rows.map((r) => `第 ${r.row} 行：${r.raw}`).join('；')}）`,
  repeatedSame: (p) => `${p.indicator} ${p.year}年重复出现，数值相同`,
};

const REFUSED_EN = { value: '; value refused', row: '; row refused', all: '; all refused' } as const;
const REFUSED_ZH = { value: '，该值不采用', row: '，该行不采用', all: '，均不采用' } as const;

export function actualsMessage<C extends ActualsIssueCode>(
  code: C,
  params: ActualsIssueParams[C],
  lang: 'zh' | 'en',
): string {
  const text = (lang === 'zh' ? ZH : EN)[code](params);
  const refuses = REFUSES[code];
  return refuses ? text + (lang === 'zh' ? REFUSED_ZH : REFUSED_EN)[refuses] : text;
}
