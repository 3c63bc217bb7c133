// Builds a runnable plan (planpath/plan@1) from a target list — the extractor's draft or the target table.
//
// Targets with the same name share one indicator. What the indicator is follows from its targets' units:
//   an amount (亿元 …) grows at a rate; a count (家, 万户 …) is a stock with entries and exits; a share (%) is
//   derived as numerator / denominator when both are indicators here, else simulated directly; a name with
//   only growth targets (年均增长7%) becomes an index of that indicator (base year = 1 by definition), since
//   a rate does not depend on the level — unless the text states its base-year level, which it then takes,
//   unit and all. A per-year quota (每年 N 家) is a `count` flow whose mean is the
//   recorded pace times a labelled execution ratio, never the quota; a yes/no milestone (建成国家级孵化器) is
//   an `event` with a labelled yearly hazard.
// Every default rate is a labelled assumption with its uncertainty, never the pace the target requires.
// A base comes only from the input (从A增加到B, the table's 基期值, or a fact printed for the base year): it
// is NEVER solved back from its own target. An indicator without one gets `base: {unknown: true}` (基期待补):
// its targets keep their kind and the engine reports what they require instead of a P(met).

import type { BaseFact, Comparator } from '../extract/extractTypes.ts';
import { countStep } from '../plan/countUnit.ts';
import { INDEX_UNIT } from '../plan/indexUnit.ts';
import { proseText } from '../plan/proseText.ts';
import { withoutAreaOrCount } from '../plan/withoutAreaOrCount.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import { fromPercent, fromScale } from '../units/fromScale.ts';
import { convertUnit } from '../units/unitFactor.ts';
import { type UnitClass, unitClass } from '../units/unitVocabulary.ts';
import { figureWithUnit } from './figureWithUnit.ts';
import { generatedName } from './generatedName.ts';
import type {
  GenerateOptions,
  GenerateResult,
  GenerateTarget,
  PendingTarget,
  PlanFile,
} from './generateTypes.ts';
import { nameWithoutVerb } from './nameWithoutVerb.ts';

/** A district's population (常住人口, 户籍人口, 总人口), not a quantity per head of it (每万人口…, 人均…). */
function isPopulation(name: string): boolean {
  return /^(?:全区|全市|全县|全镇|本区|本市|本县)?(?:常住|户籍|年末常住|年末户籍)?(?:总)?人口(?:总数|总量|规模|数)?$/.test(
    name,
  );
}

/** The section of a figure whose source names none. */
const UNNAMED_SECTION = '（未注明章节）';

/** planSchema's PLAN_FORMAT, written out so the page can generate a plan without loading zod. */
const PLAN_FORMAT = 'planpath/plan@1' as const;

type IndicatorFile = PlanFile['indicators'][number];
type TargetFile = PlanFile['targets'][number];
type ParameterFile = PlanFile['parameters'][number];
type ProvenanceFile = TargetFile['provenance'];
/** A note in both languages: each page shows its own (proseText). */
type Words = { zh: string; en: string };
/** Several notes as one, each language joined its own way. */
function joinWords(list: readonly Words[]): Words | undefined {
  if (list.length === 0) return undefined;
  return { zh: list.map((w) => w.zh).join('；'), en: list.map((w) => w.en).join('; ') };
}
type BaseFile = NonNullable<IndicatorFile['base']>;

/** Default dynamics, labelled: what a planner sees as the assumption and can change. */
export const DEFAULT_ASSUMPTIONS = {
  growth: {
    value: '5% ± 3%',
    rationale: {
      zh: '无历史数据时的默认年增速（标注的假设，可修改）；不是规划目标所需的速度。',
      en: 'Default annual growth when no history is given (a labelled assumption); not the pace the target requires.',
    },
  },
  /** A life span or an age (人均预期寿命 79.5 岁): 5% a year had put it at 100.6 岁 by 2025. */
  years: {
    value: '0.3% ± 0.2%',
    rationale: {
      zh: '寿命、年龄一类指标每年变化很小：无历史数据时默认年增速 0.3% ± 0.2%（标注的假设，可修改）。',
      en: 'A life span or an age changes little a year: default growth 0.3% ± 0.2% when no history is given (a labelled assumption).',
    },
  },
  schooling: {
    value: '0.9% ± 0.5%',
    rationale: {
      zh: '受教育年限一类以“年”计的指标每年变化很小：无历史数据时默认年增速 0.9% ± 0.5%（标注的假设，可修改）。参照：国家“十四五”规划纲要的劳动年龄人口平均受教育年限由2020年10.8年提高到2025年11.3年，年均约0.9%。',
      en: 'A number of years such as years of schooling changes little a year: default growth 0.9% ± 0.5% when no history is given (a labelled assumption). For reference, the national 14th Five-Year Plan outline raises the working-age population’s average years of schooling from 10.8 (2020) to 11.3 (2025), about 0.9% a year.',
    },
  },
  /**
   * A population (常住人口72万人左右): entries at 12% and exits at 6% a year, a stock's defaults, had put 72.6
   * 万人 at 97 万人 by 2025 (吴工).
   */
  population: {
    value: '0.5% ± 1%',
    rationale: {
      zh: '常住人口一类指标每年变化很小：无历史数据时默认年增速 0.5% ± 1%（标注的假设，可修改；区县人口受迁移影响，可升可降）。参照：国家统计局《第七次全国人口普查公报（第二号）》（2021年5月11日）：全国人口与2010年相比“年平均增长率为0.53%”。',
      en: 'A population changes little a year: default growth 0.5% ± 1% when no history is given (a labelled assumption; a district’s may rise or fall with migration). For reference, the National Bureau of Statistics’ Seventh National Population Census Communiqué No. 2 (11 May 2021) gives the national population’s average yearly growth since 2010 as 0.53% (“年平均增长率为0.53%”).',
    },
  },
  share: {
    value: '0% ± 3%',
    rationale: {
      zh: '比重按其几率 s/(1−s) 模拟，比重因此始终在 0–100% 之间；无历史数据时几率默认年相对变化 0 ± 3%（标注的假设）。',
      en: 'A share simulated through its odds s/(1−s), so it stays within 0–100%; when no history is given the odds change 0 ± 3% a year (a labelled assumption).',
    },
  },
  falling: {
    value: '0% ± 3%',
    rationale: {
      zh: '目标为下降或设上限的指标：无历史数据时默认年变化 0 ± 3%（标注的假设），不取规划要求的降幅。',
      en: 'An indicator the plan wants lower or capped: default change 0 ± 3% a year when no history is given (a labelled assumption), not the fall the target requires.',
    },
  },
  entry: {
    value: '12% ± 4%',
    rationale: {
      zh: '存量的年进入率（新设、认定），无历史数据时的默认值（标注的假设）。',
      en: 'Yearly entries as a share of the stock when no history is given (a labelled assumption).',
    },
  },
  exit: {
    value: '6% ± 2%',
    rationale: {
      zh: '存量的年退出率（注销、迁出、摘牌），无历史数据时的默认值（标注的假设）。',
      en: 'Yearly exits as a share of the stock when no history is given (a labelled assumption).',
    },
  },
  quotaExecution: {
    value: '100% ± 15%',
    rationale: {
      zh: '每年完成数相对上年完成数的执行比例（标注的假设，可修改）；不取配额本身。',
      en: "Each year's count relative to the recorded pace of the base year (a labelled execution assumption); not the quota itself.",
    },
  },
  milestoneHazard: {
    value: '20% ± 10%',
    rationale: {
      zh: '尚未达成时每年达成的概率（标注的假设，可修改），无历史数据时的默认值。',
      en: 'Probability per year of being achieved while not yet achieved, when no history is given (a labelled assumption).',
    },
  },
} as const;

interface Group {
  name: string;
  targets: { t: GenerateTarget; id: string }[];
}

/**
 * The plan file being written: parameters, indicators and targets as they are added, the targets kept
 * pending, and the years and document every provenance names.
 */
class PlanDraft {
  readonly parameters: ParameterFile[] = [];
  readonly indicators: IndicatorFile[] = [];
  readonly targets: TargetFile[] = [];
  readonly pending: PendingTarget[] = [];

  constructor(
    readonly baseYear: number,
    readonly targetYear: number,
    readonly document: string,
  ) {}

  planProvenance(t: GenerateTarget, notes: readonly Words[] = []): ProvenanceFile {
    const all: Words[] = [
      ...(t.figure === ''
        ? [
            {
              // Quoted above from the row's cells when it has them (cellsFigure): said so, not "原文未给出" after a
              // quotation (赵工).
              zh: t.cellsFigure
                ? `引自目标表${t.row === undefined ? '' : `第${t.row}行`}的单元格（表中无规划原文句子）`
                : `录入于目标表${t.row === undefined ? '' : `第${t.row}行`}（原文未给出）`,
              en: t.cellsFigure
                ? `quoted from the cells of the target table${t.row === undefined ? '' : `, row ${t.row}`} (the table gives no sentence of the plan)`
                : `entered in the target table${t.row === undefined ? '' : `, row ${t.row}`} (no printed figure)`,
            },
          ]
        : []),
      ...notes,
    ];
    const note = joinWords(all);
    if (t.valueEntered && t.figure !== '')
      return {
        kind: 'entered',
        note: joinWords([
          {
            zh: `目标值为导入时编制人修改的数值；规划原文：${t.section || UNNAMED_SECTION}“${t.figure}”`,
            en: `value changed by the planner in the import review; the plan prints “${t.figure}” (${t.section || 'no section'})`,
          },
          ...all,
        ])!,
      };
    return {
      kind: 'plan',
      section: t.section || UNNAMED_SECTION,
      figure: t.figure || t.cellsFigure || `${t.name} ${valueText(t.value)}${t.unit}`,
      document: this.document,
      ...(note ? { note } : {}),
    };
  }

  /** A target the plan keeps but does not simulate. */
  keepPending(t: GenerateTarget, id: string, reason: PendingTarget['reason'], note: Words) {
    const comparator = fileComparator(t.comparator);
    this.targets.push({
      id,
      name: { zh: targetName(t) },
      kind: 'qualitative',
      year: t.year ?? this.targetYear,
      // Shares are stored as fractions in plan files, pending or not.
      ...(t.value === null
        ? {}
        : { value: t.unit === '%' ? scale(t.value, 0.01) : t.value, comparator: comparator.comparator }),
      ...(t.unit ? { unit: t.unit } : {}),
      provenance: this.planProvenance(t, comparator.note ? [note, comparator.note] : [note]),
      ...flags(t),
    });
    this.pending.push({ targetId: id, name: t.name, reason });
  }

  /**
   * A base typed in the table or in the import's review is `entered` (its row named); one printed with the
   * target is `plan`.
   */
  baseProvenance(t: GenerateTarget, what: Words): ProvenanceFile {
    if (t.baseEntered)
      return {
        kind: 'entered',
        note: { zh: `导入时录入的${what.zh}`, en: `${what.en} entered in the import review` },
      };
    if (t.baseFigure)
      return {
        kind: 'plan',
        section: t.section || UNNAMED_SECTION,
        figure: t.baseFigure,
        document: this.document,
        note: { zh: `${what.zh}印于规划的表格`, en: `${what.en} printed in the plan's table` },
      };
    const row = t.row === undefined ? '' : `第${t.row}行`;
    return t.figure !== '' && t.row === undefined
      ? this.planProvenance({ ...t, figure: t.baseText ?? t.figure }, [
          {
            zh: `${what.zh}与目标同句印出（从…到… / 由…到…）`,
            en: `${what.en} printed with the target (从…到… / 由…到…)`,
          },
        ])
      : {
          kind: 'entered',
          note: {
            zh: `目标表${row}录入的${what.zh}`,
            en: `${what.en} entered in the target table${t.row === undefined ? '' : `, row ${t.row}`}`,
          },
        };
  }

  /**
   * `untilHistory`: the default gives way to the indicator's observed growth once it is observed (historyRates).
   * Every default stands in for something the plan does not give — the indicator's history, or for a quota
   * the record of delivery — so a target it alone moves gets no verdict until that is entered
   * (recordlessIndicators).
   */
  addParameter(
    id: string,
    name: string,
    unit: string,
    a: { value: string; rationale: Words },
    untilHistory = false,
    standsFor: 'history' | 'record' = 'history',
  ) {
    this.parameters.push({
      id,
      name: generatedName(name),
      unit,
      value: a.value,
      provenance: { kind: 'assumption', rationale: a.rationale },
      min: -0.5,
      max: 1,
      group: '默认假设 Default assumptions',
      ...(untilHistory ? { untilHistory: true as const } : {}),
      ...(standsFor === 'record' ? { noRecord: true as const } : { noHistory: true as const }),
    });
  }

  addGrowthIndicator(
    id: string,
    name: string,
    unit: string,
    cls: UnitClass | 'falling' | 'population',
    base: BaseFile,
  ) {
    const a =
      cls === 'population'
        ? DEFAULT_ASSUMPTIONS.population
        : cls === 'falling'
          ? DEFAULT_ASSUMPTIONS.falling
          : cls === 'percent'
            ? DEFAULT_ASSUMPTIONS.share
            : unit === '岁'
              ? DEFAULT_ASSUMPTIONS.years
              : unit === '年'
                ? DEFAULT_ASSUMPTIONS.schooling
                : DEFAULT_ASSUMPTIONS.growth;
    // A level's default (growth, or none for one the plan wants lower) is for want of history only.
    this.addParameter(`g_${id}`, `${name}年增速`, '%/年', a, cls !== 'percent');
    this.indicators.push({
      id,
      name: generatedName(name),
      unit,
      category: '导入',
      base,
      dynamics: { kind: 'growth', rate: `g_${id}` },
    });
  }

  /**
   * A share with no parts here: its odds s/(1 − s) grow at the labelled rate and the share is derived from
   * them, so no path leaves 0–100% (growing the share itself put 81.2% at 103.6% in five years at P95).
   */
  addShareIndicator(id: string, name: string, base: BaseFile) {
    const s = 'unknown' in base ? null : base.value;
    if (s !== null && !(s > 0 && s < 1)) {
      // 0% or 100% has no odds: simulated as before.
      this.addGrowthIndicator(id, name, '%', 'percent', base);
      return;
    }
    const odds = `${id}_odds`;
    // For want of history only: observed shares give their odds' average change instead (historyRates).
    this.addParameter(
      `g_${id}`,
      `${name}年变化（按几率 s/(1−s) 计）`,
      '%/年',
      DEFAULT_ASSUMPTIONS.share,
      true,
    );
    this.indicators.push({
      id: odds,
      name: generatedName(`${name}（几率 s/(1−s)）`),
      unit: '倍',
      category: '导入',
      base:
        s === null
          ? base
          : {
              value: s / (1 - s),
              provenance: {
                kind: 'derived',
                formula: `s / (1 − s), s = ${shareSource(base, s)}`,
                ...('provenance' in base &&
                base.provenance.kind !== 'assumption' &&
                base.provenance.kind !== 'derived'
                  ? { from: base.provenance.kind }
                  : {}),
              },
            },
      dynamics: { kind: 'growth', rate: `g_${id}` },
    });
    this.indicators.push({
      id,
      name: generatedName(name),
      unit: '%',
      category: '导入',
      dynamics: { kind: 'derived', formula: `${odds} / (1 + ${odds})` },
    });
  }

  addStockIndicator(id: string, name: string, unit: string, base: BaseFile) {
    // Observed counts give way to their net growth plus the exit rate (historyRates); the exit rate stays.
    this.addParameter(`entry_${id}`, `${name}年进入率`, '%/年', DEFAULT_ASSUMPTIONS.entry, true);
    this.addParameter(`exit_${id}`, `${name}年退出率`, '%/年', DEFAULT_ASSUMPTIONS.exit);
    this.indicators.push({
      id,
      name: generatedName(name),
      unit,
      category: '导入',
      base,
      dynamics: { kind: 'stock', inflow: `entry_${id} * prev(${id})`, outflow: `exit_${id} * prev(${id})` },
    });
  }

  /**
   * A total of yearly flows (isFlowTotal): the flow, named as the plan names it so a planner's yearly figures
   * are read as its, grows from the base year's own figure at a labelled default; the total is its running
   * sum from the year after the base, and the targets are increases of that sum (which starts at 0).
   */
  addFlowTotal(
    name: string,
    ind: string,
    rest: readonly { t: GenerateTarget; id: string }[],
    quotas: readonly { t: GenerateTarget; id: string }[] = [],
  ) {
    const unit = rest[0]!.t.unit;
    const flow = `${ind}_flow`;
    const given = [...rest, ...quotas].find(
      ({ t }) => t.base !== null && (t.baseYear == null || t.baseYear === this.baseYear),
    )?.t;
    const base: BaseFile = given
      ? {
          value: convertUnit(given.base!, given.baseUnit ?? given.unit, unit) ?? given.base!,
          provenance: this.baseProvenance(given, {
            zh: '基期年的年度数',
            en: 'the base year’s yearly figure',
          }),
        }
      : {
          unknown: true,
          note: {
            zh: `基期待补：${this.baseYear}年的年度数未给出，请补充（它是每年新增的记录节奏）`,
            en: `Base to be entered: the ${this.baseYear} yearly figure is not given; it is the recorded pace`,
          },
        };
    this.addParameter(`g_${flow}`, `${name}年度数年增速`, '%/年', DEFAULT_ASSUMPTIONS.growth, true);
    this.indicators.push({
      id: flow,
      name: generatedName(name),
      unit,
      category: '导入',
      base,
      dynamics: { kind: 'growth', rate: `g_${flow}` },
    });
    // A yearly quota of the same figure (新增城镇就业人数年均1.2万人, 五年累计6万人) is measured on this same yearly
    // series: on an indicator of its own, the yearly figures entered had reached the total's and never the
    // quota's (钱主任).
    for (const { t, id } of quotas) this.addQuotaTarget(t, id, flow, unit);
    this.addRunningSum(name, ind, flow, rest);
  }

  /**
   * The running sum of a yearly indicator from the year after the base, and the targets that total it (its
   * sum starts at 0): the flow of a total (addFlowTotal), or a yearly amount the plan also states a level of
   * (技术合同成交额 15亿元 in 2030, 五年累计60亿元).
   */
  addRunningSum(name: string, ind: string, flow: string, rest: readonly { t: GenerateTarget; id: string }[]) {
    const unit = rest[0]!.t.unit;
    this.indicators.push({
      id: ind,
      name: generatedName(`${name}（${this.baseYear + 1}年起累计）`),
      unit,
      category: '导入',
      dynamics: { kind: 'cumulative', flow },
    });
    const note = {
      zh: `${name}：${this.baseYear + 1}年起各年新增数之和；实际数据请按年度数填写`,
      en: `${name}: the sum of the yearly figures from ${this.baseYear + 1}; enter actuals as yearly figures`,
    };
    for (const { t, id } of rest) this.addTarget(t, id, ind, 'level', unit, false, [note]);
  }

  /**
   * A per-year quota: a count flow drawn each year; mean = recorded pace × a labelled execution ratio.
   * `printed`: the base year's count as the text states it apart (2020年，城镇新增就业1.25万人), in the quota's unit.
   */
  addQuota(
    t: GenerateTarget,
    id: string,
    indicator: string,
    printed: { value: number; provenance: ProvenanceFile } | null = null,
  ) {
    // The pace is the base year's own count (entered with the row, or printed apart), never the quota; without
    // it, 基期待补.
    const own = t.base !== null && (t.baseYear == null || t.baseYear === this.baseYear) ? t.base : null;
    const base: BaseFile =
      own !== null
        ? {
            value: own,
            provenance: this.baseProvenance(t, {
              zh: '基期年完成数（记录的完成节奏）',
              en: 'recorded pace (base-year count)',
            }),
          }
        : (printed ?? {
            unknown: true,
            note: {
              zh: `基期待补：${this.baseYear}年完成数未给出，请补充（它是记录的完成节奏）`,
              en: `Base to be entered: the ${this.baseYear} count is not given; it is the recorded pace, so enter it`,
            },
          });
    const exec = `exec_${indicator}`;
    this.addParameter(exec, `${t.name}执行比例`, '%', DEFAULT_ASSUMPTIONS.quotaExecution, false, 'record');
    let mean = `${exec} * prev(${indicator})`;
    if (!('unknown' in base)) {
      const pace = `pace_${indicator}`;
      this.parameters.push({
        id: pace,
        name: generatedName(`${t.name}基期完成数`),
        unit: t.unit,
        value: base.value,
        provenance: base.provenance,
        group: '基期',
      });
      mean = `${pace} * ${exec}`;
    }
    this.indicators.push({
      id: indicator,
      name: generatedName(`${t.name}（每年）`),
      unit: t.unit,
      category: '导入',
      base,
      dynamics: { kind: 'count', mean },
    });
    this.addQuotaTarget(t, id, indicator);
  }

  /** The quota's target, on the yearly indicator that measures it. */
  /** `unit`: the indicator's, when it differs from the quota's own (每年5000人 on a yearly series in 万人). */
  addQuotaTarget(t: GenerateTarget, id: string, indicator: string, unit = t.unit) {
    const printed = Array.isArray(t.value) ? t.value[0] : (t.value ?? 0);
    const value = convertUnit(printed, t.unit, unit) ?? printed;
    const { comparator, note } = fileComparator(t.comparator);
    this.targets.push({
      id,
      name: { zh: targetName(t) },
      indicator,
      kind: 'quota',
      year: t.year ?? this.targetYear,
      value,
      comparator: comparator === 'range' ? '>=' : comparator,
      unit,
      provenance: this.planProvenance(t, [
        ...(note ? [note] : []),
        ...(Array.isArray(t.value)
          ? [
              {
                zh: `每年的区间：按不少于 ${printed} 判断`,
                en: `a range per year: read as at least ${printed}`,
              },
            ]
          : []),
        ...(unit !== t.unit
          ? [
              {
                zh: `按${unit}计：${printed}${t.unit} = ${value}${unit}`,
                en: `in ${unit}: ${printed} ${t.unit} = ${value} ${unit}`,
              },
            ]
          : []),
        {
          zh: `每年…是执行记录：${this.baseYear + 1}–${t.year ?? this.targetYear}年逐年对照配额`,
          en: `a per-year quota: each year's count from ${this.baseYear + 1} to ${t.year ?? this.targetYear} against it`,
        },
      ]),
      ...flags(t),
    });
  }

  /** A yes/no milestone: an event with a labelled yearly hazard; never a fraction of a thing. */
  addMilestone(t: GenerateTarget, id: string, indicator: string) {
    const hazard = `hazard_${indicator}`;
    this.addParameter(hazard, `${t.name}年达成概率`, '%/年', DEFAULT_ASSUMPTIONS.milestoneHazard);
    this.indicators.push({
      id: indicator,
      name: generatedName(`${t.name}（是否达成）`),
      unit: '是/否',
      category: '导入',
      dynamics: { kind: 'event', hazard },
    });
    this.targets.push({
      id,
      name: { zh: targetName(t) },
      indicator,
      kind: 'milestone',
      year: t.year ?? this.targetYear,
      value: 1,
      comparator: '>=',
      provenance: this.planProvenance(t, [
        {
          zh: '是否达成类目标：逐年给出到该年已达成的概率',
          en: 'a yes/no milestone: P(achieved by each year)',
        },
      ]),
      ...flags(t),
    });
  }

  /** One target on a simulated indicator, its value in the indicator's unit (shares as fractions). */
  addTarget(
    t: GenerateTarget,
    id: string,
    indicator: string,
    measure: 'level' | 'share' | 'index',
    unit: string,
    arithmetic: boolean,
    said: readonly Words[] = [],
  ) {
    const { comparator, note: compNote } = fileComparator(t.comparator);
    const notes: Words[] = [...(compNote ? [compNote] : []), ...said];
    const map = (f: (v: number) => number | null): number | [number, number] | null => {
      if (t.value === null) return null;
      if (Array.isArray(t.value)) {
        const lo = f(t.value[0]);
        const hi = f(t.value[1]);
        return lo === null || hi === null ? null : [lo, hi];
      }
      return f(t.value);
    };
    const years = (t.year ?? this.targetYear) - this.baseYear;
    let kind: TargetFile['kind'];
    let value: number | [number, number] | null;
    let fileUnit = unit;
    let rateReading: 'arithmetic' | undefined;
    let statedAs: 'change' | undefined;
    switch (t.kind) {
      case 'growth':
        kind = 'growth';
        value = map(fromPercent);
        fileUnit = '%';
        if (arithmetic) {
          rateReading = 'arithmetic';
          notes.push({
            zh: '规划按“累计增幅 ÷ 年数”计算此年均增速（算术读法）',
            en: 'the plan computed this 年均 rate as its printed total ÷ years (rateReading arithmetic)',
          });
        }
        break;
      case 'cumulative-growth':
        // 增长X% over n years is x/x0 − 1 ≥ X: the arithmetic reading of X/n a year, which needs no base.
        kind = 'growth';
        value = map((v) => fromScale(v, 100 * years));
        fileUnit = '%';
        rateReading = 'arithmetic';
        statedAs = 'change';
        {
          // The comparison as the target makes it: a fall of 13.5% is met at x/x0 − 1 ≤ −13.5%, not ≥.
          const sign = COMPARATOR_SIGN[comparator];
          const falls = typeof t.value === 'number' && t.value < 0;
          const change = falls ? `下降${valueText(-(t.value as number))}%` : `增长${valueText(t.value)}%`;
          // The compound yearly rate beside the arithmetic one: the evaluation's 要求年均增速 is compound (翻一番 in
          // five years, 14.87% a year), and a note with 100% ÷ 5 alone had read as a second requirement (a tester).
          const first = Array.isArray(t.value) ? t.value[0] : t.value;
          const compound =
            typeof first === 'number' && first > -100
              ? `${Number((((1 + first / 100) ** (1 / years) - 1) * 100).toFixed(2))}%`
              : null;
          notes.push({
            zh: `${years}年${change}：按 x/x0 − 1 ${sign} ${valueText(t.value)}% 判断（即算术年均 ${valueText(t.value)}% ÷ ${years}${compound ? `，复利年均 ${compound}` : ''}）`,
            en: `“${change}” over ${years} years, read as x/x0 − 1 ${sign} ${valueText(t.value)}% (an arithmetic rate of ${valueText(t.value)}% ÷ ${years}${compound ? `, compound ${compound} a year` : ''})`,
          });
        }
        break;
      case 'pp-change':
        // 提高N个百分点 is the share's net increase: x − x0 ≥ N/100, with or without a known base.
        kind = 'increase';
        value = map(fromPercent);
        fileUnit = '%';
        notes.push({
          zh: `提高${valueText(t.value)}个百分点：比重较基期的增加量`,
          en: `“提高${valueText(t.value)}个百分点”: the share's increase over the base year, points / 100`,
        });
        break;
      case 'share':
      case 'level':
        kind = measure === 'share' ? 'share' : 'level';
        value = map((v) =>
          measure === 'share' ? (t.unit === '%' ? fromPercent(v) : null) : convertUnit(v, t.unit, unit),
        );
        break;
      case 'increase':
        kind = 'increase';
        value = map((v) => convertUnit(v, t.unit, unit));
        break;
      default:
        kind = 'level';
        value = null;
    }
    if (value === null) {
      this.keepPending(t, id, 'no-value', {
        zh: `单位“${t.unit}”无法换算为指标的单位“${unit}”`,
        en: `the unit ${t.unit} does not convert to the indicator's ${unit}`,
      });
      return;
    }
    this.targets.push({
      id,
      name: { zh: targetName(t) },
      indicator,
      kind,
      year: t.year ?? this.targetYear,
      value,
      comparator: Array.isArray(value) ? 'range' : comparator,
      unit: fileUnit,
      ...(rateReading ? { rateReading } : {}),
      ...(statedAs ? { statedAs } : {}),
      provenance: this.planProvenance(t, [
        ...(t.year === null
          ? [{ zh: '原文未写年份：按规划目标年', en: "no year printed: read as the plan's target year" }]
          : []),
        ...notes,
      ]),
      ...flags(t),
    });
  }
}

/**
 * 新增城镇就业 [2.5]万人 over the period: the total of a yearly flow, not the rise of a stock no one counts. Only
 * where every target of the name is such a total, in a unit that is not whole items (新增高新技术企业100家 stays
 * a stock of firms, with their exits).
 */
function isFlowTotal(name: string, rest: readonly { t: GenerateTarget }[]): boolean {
  return (
    rest.every(({ t }) => t.kind === 'increase' && t.unit === rest[0]!.t.unit) &&
    unitClass(rest[0]!.t.unit) !== 'percent' &&
    // A total the plan words as one (技术合同成交额五年累计60亿元, 五年累计培训农民2000人) is a sum of yearly
    // figures — but not of things that stay (个, 家, 项): 累计新增省级以上研发平台30个 is the rise of a stock a
    // statistics office counts (42, 47, 53 entered for 2025–2027 had been summed as yearly flows into 总量 100).
    ((rest.every(({ t }) => t.total) && !staysCounted(rest[0]!.t.unit)) ||
      (/新增|新建|新开工/.test(name) && countStep(rest[0]!.t.unit) !== 1))
  );
}

/**
 * The name of the stock an increase target counts up: 专精特新中小企业累计新增 → 专精特新中小企业（总量）. Named as the
 * target, the stock had asked for a "基期值: 专精特新中小企业累计新增", and a planner's row of additions under
 * that name (28, 61) was read as the total (总量 61 家, 严重滞后 from a base of 85). Under its own name, such a
 * row names the target and is refused with a message asking for the total (actuals.targetNotLevel.increase).
 */
function stockName(name: string, rest: readonly { t: GenerateTarget }[]): string {
  if (!rest.every(({ t }) => t.kind === 'increase')) return name;
  const stem = name.replace(/(累计)?(新增|净增)/g, '').trim();
  return stem && stem !== name ? `${stem}（总量）` : name;
}

/**
 * The base year's yearly figure a quota's pace is, as the text prints it apart (2020年，城镇新增就业1.25万人):
 * of people or amounts, or under a name that says it is added (新增). A figure of things that stay under the
 * quota's name (规模以上工业企业312家 beside 每年新增30家) is their stock, not a year's additions.
 */
function quotaPace(
  facts: BaseFact[],
  name: string,
  unit: string,
  baseYear: number,
): { value: number; provenance: ProvenanceFile } | null {
  if (staysCounted(unit) && !/新增|新建|净增/.test(name)) return null;
  return factBase(facts, name, unit, 'level', baseYear);
}

/** Single things that stay once made (platforms, firms, projects), counted as a stock; people are flows. */
function staysCounted(unit: string): boolean {
  return countStep(unit) === 1 && !unit.startsWith('人');
}

/**
 * The totals (五年累计…) of a name whose other targets state its yearly level (技术合同成交额 15亿元 in 2030 and
 * 60亿元 over five years): they are the running sum of that level, in its unit. Not of a count's stock: 累计新增
 * 高新技术企业 beside 高新技术企业300家 is the stock's rise, as an increase of it.
 */
function totalsOfLevel(
  rest: readonly { t: GenerateTarget; id: string }[],
): { t: GenerateTarget; id: string }[] {
  const totals = rest.filter(({ t }) => t.total && t.kind === 'increase');
  const levels = rest.filter(({ t }) => !totals.some((x) => x.t === t));
  const unit = totals[0]?.t.unit;
  const sameUnit = rest.every(({ t }) => t.unit === unit);
  const yearly =
    levels.some(({ t }) => t.kind === 'level') && !['count', 'percent'].includes(unitClass(unit ?? '%'));
  return totals.length > 0 && levels.length > 0 && sameUnit && yearly ? totals : [];
}

/** Where a group's indicator went, for deriving shares from their numerator and denominator. */
interface Placed {
  shareGroups: { g: Group; indicatorId: string }[];
  indicatorOf: Map<string, { id: string; unit: string }>;
}

/**
 * One group of same-named targets: quotas and milestones get their own indicators; the rest share one whose
 * measure (level, share or index) and base follow from the targets.
 */
function addGroup(draft: PlanDraft, g: Group, ind: string, facts: BaseFact[], placed: Placed): void {
  const { shareGroups, indicatorOf } = placed;
  const usable = g.targets.filter(({ t, id }) => {
    if (t.kind === 'qualitative' || (t.value === null && t.kind !== 'milestone')) {
      draft.keepPending(t, id, t.kind === 'qualitative' ? 'qualitative' : 'no-value', {
        zh: '定性目标：列出，不作推演',
        en: 'qualitative: shown, not simulated',
      });
      return false;
    }
    const y = t.year ?? draft.targetYear;
    if (y <= draft.baseYear || y > draft.targetYear) {
      // A plan file cannot hold a target outside its years: listed as pending, not written.
      draft.pending.push({ targetId: id, name: t.name, reason: 'year-outside-plan' });
      return false;
    }
    return true;
  });

  const all = usable.filter(({ t }) => t.kind !== 'quota' && t.kind !== 'milestone');
  const quotas = usable.filter(({ t }) => t.kind === 'quota');
  // A quota beside a total of the same yearly figure is measured on that total's yearly series (addFlowTotal).
  const flowTotal = all.length > 0 && isFlowTotal(g.name, all);
  // In a unit that converts (每年新增不少于5000人 beside 五年累计2.5万人): the quota had sat on a series of its own,
  // which the yearly figures entered never reached (a tester: its 4,800 short year went unsaid).
  const onFlow = flowTotal ? quotas.filter(({ t }) => convertUnit(1, t.unit, all[0]!.t.unit) !== null) : [];
  // The other quotas and the milestones each get their own flow or event indicator.
  for (const { t, id } of usable) {
    if (t.kind === 'quota' && !onFlow.some((q) => q.id === id))
      draft.addQuota(t, id, `${ind}_q${id.slice(2)}`, quotaPace(facts, g.name, t.unit, draft.baseYear));
    if (t.kind === 'milestone') draft.addMilestone(t, id, `${ind}_m${id.slice(2)}`);
  }
  if (all.length === 0) return;
  if (flowTotal) {
    draft.addFlowTotal(g.name, ind, all, onFlow);
    indicatorOf.set(g.name, { id: ind, unit: all[0]!.t.unit });
    return;
  }
  const totals = totalsOfLevel(all);
  const rest = all.filter((x) => !totals.includes(x));

  // The indicator's measure: a level unit if any target states a level or an increase, else a share, else
  // an index for rate-only names.
  const levelT = rest.find(
    ({ t }) => (t.kind === 'level' || t.kind === 'increase') && unitClass(t.unit) !== 'percent',
  );
  const shareT = rest.find(
    ({ t }) =>
      t.kind === 'share' || t.kind === 'pp-change' || (t.kind === 'level' && unitClass(t.unit) === 'percent'),
  );
  // A rate-only name whose base-year level the text states (2023年，全市地区生产总值达到3420亿元) is that level
  // in its unit, so that its median reads in 亿元 rather than as an index.
  const levelFact = levelT || shareT ? null : levelFactFor(facts, g.name, draft.baseYear);
  // Or a base the planner typed with its unit beside the rate (何工's 120亿元 had been dropped for an index).
  const typedLevel =
    levelT || shareT || levelFact ? undefined : rest.find(({ t }) => t.base !== null && t.baseUnit);
  const measure: 'level' | 'share' | 'index' =
    levelT || levelFact || typedLevel ? 'level' : shareT ? 'share' : 'index';
  const unit = levelT
    ? levelT.t.unit
    : levelFact
      ? levelFact.unit
      : typedLevel
        ? typedLevel.t.baseUnit!
        : measure === 'share'
          ? '%'
          : INDEX_UNIT;
  // 每千人口执业医师数 is in 人 but is a ratio: not a stock of whole people, and 3.2 is a value it takes.
  const ratio = PER_POPULATION.test(g.name);
  const unitCls: UnitClass =
    measure === 'level' ? unitClass(unit) : measure === 'share' ? 'percent' : 'other';
  const cls: UnitClass = ratio && unitCls === 'count' ? 'other' : unitCls;

  // The base: printed with a target, entered in the table, or a fact for the base year. Never from a target.
  let base: BaseFile | null = null;
  /** Bases given but not usable here, with why. */
  const unused: Words[] = [];
  if (measure === 'index') {
    // The arithmetic in symbols and its words in both languages: written in Chinese alone, the English page's
    // tip had read "Derived: 当年值 ÷ 基期值（基期为 1）".
    const y = draft.baseYear;
    base = {
      value: 1,
      provenance: {
        kind: 'derived',
        formula: `x(${y}) ÷ x(${y})`,
        note: {
          zh: `指数：各年值 ÷ ${y}年值，基期为 1`,
          en: `an index: each year's value ÷ the ${y} value, so 1 in ${y}`,
        },
      },
    };
  } else {
    for (const { t } of rest) {
      if (t.base === null) continue;
      if (t.baseYear != null && t.baseYear !== draft.baseYear) {
        unused.push({
          zh: `${t.name}的基期值 ${t.base} 是${t.baseYear}年的，规划基期为${draft.baseYear}年`,
          en: `the base ${t.base} given for ${t.name} is of ${t.baseYear}, the plan's base year is ${draft.baseYear}`,
        });
        continue;
      }
      const from = t.baseUnit ?? t.unit;
      // 提高3个百分点 is written in points, but its base is the share's level in % (68.5), as a share's is: read
      // in points it had been dropped, and the indicator left 基期待补 though its base was given.
      const percent = from === '%' || (t.kind === 'pp-change' && unitClass(from) === 'points');
      const v =
        measure === 'share' ? (percent ? fromPercent(t.base) : null) : convertUnit(t.base, from, unit);
      if (v === null) {
        unused.push({
          zh: `${t.name}的基期值 ${t.base}${from} 不能换算为${unit}`,
          en: `the base ${t.base} ${from} given for ${t.name} does not convert to ${unit}`,
        });
        continue;
      }
      base = { value: v, provenance: draft.baseProvenance(t, { zh: '基期值', en: 'base' }) };
      break;
    }
    base ??= factBase(facts, g.name, unit, measure, draft.baseYear);
  }
  // 基期待补: nothing substituted; the engine simulates NaN and reports what the targets require. A base that
  // was given but could not be used is named with why, not said to be missing.
  const why = joinWords(unused);
  base ??= {
    unknown: true,
    note: why
      ? {
          zh: `基期待补：给出的基期值未采用（${why.zh}），请补充${draft.baseYear}年基期值`,
          en: `Base to be entered: the base given was not used (${why.en}); enter the ${draft.baseYear} value`,
        }
      : {
          zh: `基期待补：${draft.baseYear}年基期值未在原文或目标表中给出，请补充`,
          en: `Base to be entered: the ${draft.baseYear} value is neither printed nor entered`,
        },
  };

  if (measure === 'share') shareGroups.push({ g, indicatorId: ind });
  if (cls === 'count' && isPopulation(g.name))
    draft.addGrowthIndicator(ind, g.name, unit, 'population', base);
  else if (cls === 'count') draft.addStockIndicator(ind, stockName(g.name, rest), unit, base);
  else {
    // A fall (下降13.5%), or a level kept under a ceiling (控制在12立方米/万元以内), is not given the default
    // growth of 5% a year (a share's default, on its odds, is no change already).
    const falling = rest.some(
      ({ t }) =>
        (Array.isArray(t.value) ? t.value[1] : (t.value ?? 0)) < 0 ||
        (measure !== 'share' && (t.comparator === '<=' || t.comparator === '<')),
    );
    const name = measure === 'index' ? `${g.name}（指数，基期=1）` : g.name;
    if (measure === 'share' && !falling) draft.addShareIndicator(ind, name, base);
    else draft.addGrowthIndicator(ind, name, unit, falling ? 'falling' : cls, base);
    if (ratio && unitCls === 'count') draft.indicators[draft.indicators.length - 1]!.count = false;
  }
  indicatorOf.set(g.name, { id: ind, unit });
  for (const { t, id } of rest) {
    draft.addTarget(
      t,
      id,
      ind,
      measure,
      unit,
      t.kind === 'growth' && arithmeticReading(t, rest, draft.baseYear, draft.targetYear),
    );
  }
  if (totals.length > 0) draft.addRunningSum(g.name, `${ind}_sum`, ind, totals);
}

/** A share whose numerator and denominator are both indicators here is derived from them. */
function deriveShares(draft: PlanDraft, placed: Placed): void {
  const { parameters, indicators } = draft;
  const { shareGroups, indicatorOf } = placed;
  for (const { g, indicatorId } of shareGroups) {
    const m = /^(.+?)占(.+?)(?:的)?(?:比重|比例)$/.exec(g.name);
    if (!m) continue;
    const num = indicatorOf.get(m[1]!);
    const den = indicatorOf.get(m[2]!);
    if (!num || !den || convertUnit(1, num.unit, den.unit) === null) continue;
    const factor = convertUnit(1, num.unit, den.unit)!;
    const i = indicators.findIndex((x) => x.id === indicatorId);
    const formula = factor === 1 ? `${num.id} / ${den.id}` : `${num.id} * ${factor} / ${den.id}`;
    const { base: _dropped, ...rest } = indicators[i]!;
    indicators[i] = { ...rest, dynamics: { kind: 'derived', formula } };
    const p = parameters.findIndex((x) => x.id === `g_${indicatorId}`);
    if (p >= 0) parameters.splice(p, 1);
    // Derived from its parts, the share no longer needs the odds it was simulated through.
    const o = indicators.findIndex((x) => x.id === `${indicatorId}_odds`);
    if (o >= 0) indicators.splice(o, 1);
  }
}

/**
 * The base year the text's own facts point to: the latest year within the five before the target year that a
 * fact is stated for. An annual plan (2024年主要预期目标, its facts of 2023) has its base the year before; a
 * five-year plan the year its period starts from (2020). Null when no fact has such a year.
 */
function factYear(facts: readonly BaseFact[], targetYear: number): number | null {
  const years = facts
    .map((f) => f.year)
    .filter((y): y is number => y !== null && y < targetYear && y >= targetYear - 5);
  return years.length > 0 ? Math.max(...years) : null;
}

export function generatePlan(
  input: readonly GenerateTarget[],
  options: GenerateOptions = {},
): GenerateResult {
  const years = input.map((t) => t.year).filter((y): y is number => y !== null);
  const targetYear = options.targetYear ?? (years.length > 0 ? Math.max(...years) : new Date().getFullYear());
  const baseYears = input.map((t) => t.baseYear).filter((y): y is number => typeof y === 'number');
  const baseYear =
    options.baseYear ??
    (baseYears.length > 0 ? Math.min(...baseYears) : factYear(options.facts ?? [], targetYear)) ??
    targetYear - 5;
  const document = options.document ?? options.title ?? '导入的规划';

  const draft = new PlanDraft(baseYear, targetYear, document);
  const { parameters, indicators, targets, pending } = draft;

  const groups = new Map<string, Group>();
  input.forEach((t, k) => {
    const id = `t_${String(k + 1).padStart(2, '0')}`;
    // One indicator for the names a plan words one thing by (高新技术企业数量 in the prose, 高新技术企业数 in
    // its table), named as first drafted.
    const key = t.name ? withoutAreaOrCount(t.name) : `${t.figure || id}`;
    const g = groups.get(key) ?? { name: t.name || key, targets: [] };
    g.targets.push({ t, id });
    groups.set(key, g);
  });

  const placed: Placed = { shareGroups: [], indicatorOf: new Map() };
  let n = 0;
  for (const g of groups.values()) {
    n++;
    addGroup(draft, g, `ind_${String(n).padStart(2, '0')}`, options.facts ?? [], placed);
  }
  deriveShares(draft, placed);

  // The format needs one indicator; when every target waits for its base there is none to simulate, and
  // the calendar year stands in (it invents nothing).
  if (indicators.length === 0) {
    indicators.push({
      id: 'calendar_year',
      name: {
        zh: '年份（占位：所有目标均待补基期）',
        en: 'Year (placeholder: every target awaits its base)',
      },
      unit: '年',
      category: '导入',
      dynamics: { kind: 'derived', formula: 'year' },
    });
  }

  // The overview groups targets by their indicator's category: the table's 类别 or the text's section, read as
  // the section. All of an imported plan's targets had sat under one heading, 导入.
  // A row the planner edited in the review keeps its section too (its provenance is no longer the plan's): two
  // edited rows had moved from （五）绿色低碳 to 导入.
  const sectionOf = new Map(input.map((t, k) => [`t_${String(k + 1).padStart(2, '0')}`, t.section ?? '']));
  for (const ind of indicators) {
    const section = targets
      .filter((t) => t.indicator === ind.id)
      .map((t) => (t.provenance.kind === 'plan' ? t.provenance.section : sectionOf.get(t.id)))
      .find((x) => x && x !== UNNAMED_SECTION);
    if (section) ind.category = section;
  }

  const plan: PlanFile = {
    format: PLAN_FORMAT,
    meta: {
      id: options.id ?? 'imported-plan',
      title: { zh: options.title ?? '导入的规划' },
      region: { zh: options.region ?? '（未填写）' },
      baseYear,
      targetYear,
      notes: [
        "Generated by planpath from a target list (engine/generate/generatePlan.ts). Default rates are labelled assumptions; bases come only from the source; an indicator without one has base {unknown: true} (基期待补) and its targets get no P(met) until a base is entered; a target moved only by default rates gets no verdict (待补历史数据) until its figures, or the planner's own rate, are given.",
      ],
    },
    parameters,
    indicators,
    targets,
    facts: factsOf(options.facts ?? [], document),
  };
  return { plan, pending };
}

/**
 * A 年均 rate is read arithmetically when the same indicator's printed total over the period, divided by
 * the years, gives the rate as printed (76.35% ÷ 5 = 15.27%) and the compound reading does not.
 */
function arithmeticReading(
  t: GenerateTarget,
  group: readonly { t: GenerateTarget }[],
  baseYear: number,
  targetYear: number,
): boolean {
  if (t.value === null || Array.isArray(t.value)) return false;
  const rate = t.value;
  const decimals = (String(rate).split('.')[1] ?? '').length;
  const half = 0.5 * 10 ** -decimals + 1e-9;
  return group.some(({ t: o }) => {
    if (o.kind !== 'cumulative-growth' || o.value === null || Array.isArray(o.value)) return false;
    const n = (o.year ?? targetYear) - (o.baseYear ?? baseYear);
    return Number.isFinite(n) && n > 0 && Math.abs(o.value / n - rate) <= half;
  });
}

function scale(v: number | [number, number], k: number): number | [number, number] {
  return Array.isArray(v) ? [v[0] * k, v[1] * k] : v * k;
}

function flags(t: GenerateTarget): { aspirational?: boolean; nature?: 'indicative' | 'binding' } {
  return {
    ...(t.aspirational ? { aspirational: true } : {}),
    ...(t.nature ? { nature: t.nature } : {}),
  };
}

/**
 * "单位地区生产总值能耗：下降13%左右", not "…：13%左右": a change's figure is printed after its verb, which the
 * name gives back (unless the figure carries it, 翻一番).
 */
const CHANGE_WORDS: Partial<Record<GenerateTarget['kind'], [up: string, down: string]>> = {
  growth: ['年均增长', '年均下降'],
  'cumulative-growth': ['增长', '下降'],
  'pp-change': ['提高', '下降'],
  // A count's rise, a yearly quota and a total over the period: "规模以上工业企业：30家" had read as a stock of 30
  // firms, and a tester pasted the stock against it (每年新增, 752% 完成进度).
  increase: ['新增', '减少'],
  quota: ['每年新增', '每年减少'],
};

function targetName(t: GenerateTarget): string {
  const words = t.kind === 'increase' && t.total ? (['累计', '累计减少'] as const) : CHANGE_WORDS[t.kind];
  const low = Array.isArray(t.value) ? t.value[0] : t.value;
  // A figure that says its verb already keeps it alone: 原文 五年累计1500亿元 had been named 累计五年累计1500亿元.
  const falls = low !== null && low < 0;
  const verb = words && t.figure && !/[增降提翻]|累计/.test(t.figure) ? words[falls ? 1 : 0] : '';
  // Said once: 万元工业增加值能耗下降 named with 下降11% is 万元工业增加值能耗：下降11%.
  const name = verb ? nameWithoutVerb(t.name, falls) : t.name;
  // 力争 is the target's flag (aspirational), which every view badges: in the name too it was said twice. 约 before
  // the figure (达到约850亿元) is part of what is printed, which the figure alone leaves out.
  const about = t.comparator === '~=' && t.figure && !/[约左右]/.test(t.figure) ? '约' : '';
  // A table's cell prints the figure alone, its unit in a column of its own: 约600 is named 约600亿元.
  const figure = t.figure ? figureWithUnit(t.figure, t.unit) : '';
  return [name || '（未命名）', figure ? `：${verb}${about}${figure}` : ''].join('');
}

function valueText(v: GenerateTarget['value']): string {
  if (v === null) return '';
  return Array.isArray(v) ? `${v[0]}-${v[1]}` : String(v);
}

/** 超过 is strict '>'; the format has no '<', so 低于 is written <= with a note. */
/** A quantity per head, household or area (每千人口…, 每万人…, 人均…): a ratio, whatever its unit counts. */
const PER_POPULATION = /每(?:十|百|千|万|十万|百万)?(?:常住)?(?:人口|人|户|名)|人均|户均|每平方(?:公里|千米)/;

/** How a note writes a comparator (a range is met from its low end). */
const COMPARATOR_SIGN = { '>=': '≥', '>': '>', '<=': '≤', '~=': '≈', range: '≥' } as const;

function fileComparator(c: Comparator): { comparator: '>=' | '>' | '<=' | '~=' | 'range'; note?: Words } {
  if (c === '<')
    return {
      comparator: '<=',
      note: {
        zh: '“低于”（严格小于）按 ≤ 记录：规划格式没有 <',
        en: '低于 (strictly less) written as <=: the plan format has no <',
      },
    };
  return { comparator: c };
}

/** Where a share's base came from, for the formula of the odds derived from it: 52%（规划原文：52%，二、发展目标）. */
function shareSource(base: BaseFile, s: number): string {
  const value = `${Number((s * 100).toFixed(6))}%`;
  if ('unknown' in base) return value;
  const p = base.provenance;
  if (p.kind === 'plan')
    return `${value}（规划原文：${p.figure ?? value}${p.section ? `，${p.section}` : ''}）`;
  if (p.kind === 'entered') return `${value}（录入${p.note ? `：${proseText(p.note)}` : ''}）`;
  return value;
}

/** The single figures the text states for the base year under a name, its area aside. */
function baseYearFacts(
  facts: readonly BaseFact[],
  name: string,
  baseYear: number,
): (BaseFact & { value: number })[] {
  return facts.filter(
    (f): f is BaseFact & { value: number } =>
      withoutAreaOrCount(f.name) === withoutAreaOrCount(name) &&
      f.year === baseYear &&
      !Array.isArray(f.value) &&
      f.comparator === '>=',
  );
}

/** A level (not a share) the text states for the base year under a name. */
function levelFactFor(facts: readonly BaseFact[], name: string, baseYear: number): BaseFact | null {
  const cls = (f: BaseFact) => unitClass(f.unit);
  return (
    baseYearFacts(facts, name, baseYear).find((f) => cls(f) !== 'percent' && cls(f) !== 'points') ?? null
  );
}

/** A fact printed for the base year under the indicator's name (its area aside) and in a unit that converts. */
function factBase(
  facts: BaseFact[],
  name: string,
  unit: string,
  measure: 'level' | 'share',
  baseYear: number,
): { value: number; provenance: ProvenanceFile } | null {
  for (const f of baseYearFacts(facts, name, baseYear)) {
    const v =
      measure === 'share'
        ? f.unit === '%'
          ? fromPercent(f.value)
          : null
        : convertUnit(f.value, f.unit, unit);
    if (v === null) continue;
    // A target table's row (no text: offset −1) is typed by the planner, as its other bases are (entered).
    if (f.offset < 0)
      return {
        value: v,
        provenance: {
          kind: 'entered',
          note: {
            zh: `目标表录入的${baseYear}年数值：${f.figure}（该行只给出增速目标）`,
            en: `the ${baseYear} value entered in the target table: ${f.figure} (the row gives a rate target only)`,
          },
        },
      };
    return {
      value: v,
      provenance: {
        kind: 'plan',
        section: f.section || UNNAMED_SECTION,
        figure: f.figure,
        note: { zh: `规划印出的${baseYear}年数值`, en: `a fact the plan prints for ${baseYear}` },
      },
    };
  }
  return null;
}

/** Base facts kept in the plan for audit (only single values with a year). */
function factsOf(facts: BaseFact[], document: string): NonNullable<PlanFile['facts']> {
  return facts
    .filter(
      (f): f is BaseFact & { year: number; value: number } => f.year !== null && !Array.isArray(f.value),
    )
    .map((f, k) => ({
      id: `fact_${String(k + 1).padStart(2, '0')}`,
      name: { zh: f.name || f.figure },
      year: f.year,
      // A share as a fraction, as every % value of a plan is stored: 40.1% kept as 40.1 had been checked against
      // the base 0.401 as "4,010%".
      value: isPercentUnit(f.unit) ? fromPercent(f.value) : f.value,
      unit: f.unit,
      provenance: {
        kind: 'plan' as const,
        section: f.section || UNNAMED_SECTION,
        figure: f.figure,
        document,
      },
    }));
}
