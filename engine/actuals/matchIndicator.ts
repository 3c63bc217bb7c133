// Finds the plan indicator a pasted row names: by id (pillar_output), Chinese or English indicator name, or
// the name of a target on that indicator (planners often paste the target's wording). Matching ignores
// case, spaces, full-/half-width forms and a trailing unit in brackets ("社会消费品零售总额（亿元）"). It
// never guesses: an unknown or ambiguous name is reported, with the closest known names as a hint.
import { INDEX_UNIT } from '../plan/indexUnit.ts';
import type { Plan } from '../plan/planSchema.ts';
import { withoutAreaOrCount } from '../plan/withoutAreaOrCount.ts';
import { fallingIndicators } from './fallingIndicators.ts';
import { toHalfWidth } from './parseNumberCell.ts';
import { targetNameWithoutFigure } from './targetNameWithoutFigure.ts';

export type IndicatorMatch =
  | { kind: 'found'; id: string; unit: string | null }
  /** The cell names a target that measures an increase or a growth rate, not the indicator's level. */
  | {
      kind: 'notLevel';
      target: string;
      id: string;
      targetKind: 'increase' | 'growth';
      /** The target is a fall (下降13.5%: a negative value). */
      falls: boolean;
      /** The stock's yearly inflow, where it is an indicator: what a row of yearly 新增 figures may mean. */
      inflow?: string;
    }
  | { kind: 'unknown'; suggestions: string[] }
  | { kind: 'ambiguous'; ids: string[] };

/** Text that reads as a unit: an optional magnitude, then a money, count or share unit, optionally per something. */
const UNIT_LIKE =
  /^[十百千万亿]*(元|人民币|美元|户|家|个|件|人|人次|项|条|场|次|座|吨|亩|平方米|%|％|‰|倍|百分点|yuan|usd|cny|rmb|firms?|establishments?|units?)(\s*\/\s*[^()（）]{1,4})?$/i;

/** A name cell split into the name and the unit written in brackets after it ("零售总额（亿元）"), if the
 * bracket holds a unit; "注册企业数（拥有企业数）" keeps its bracket as part of the name. */
export function splitNameAndUnit(cell: string): { name: string; unit: string | null } {
  const text = toHalfWidth(cell).trim();
  const m = /^(.*?)\s*[(（]([^()（）]*)[)）]\s*$/.exec(text);
  if (m && m[1]!.length > 0 && UNIT_LIKE.test(m[2]!.trim())) return { name: m[1]!, unit: m[2]!.trim() };
  return { name: text, unit: null };
}

export function normalizeName(name: string): string {
  return toHalfWidth(name)
    .toLowerCase()
    .replace(/[\s"'“”‘’·・、,，.。:：;；_-]+/g, '');
}

/**
 * A name with the words a district and its plan vary on taken out, for a second look when the exact name is
 * not the plan's: 全区/全市 before it, 数/数量/总数 after a count, GDP for 地区生产总值, a bracketed note
 * (（指数，基期=1）). 制造业增加值占GDP比重 and 制造业增加值占地区生产总值比重 are one name; so are 规模以上工业企业数
 * and 规模以上工业企业. A rate's name as a 统计公报 words it is the plan's: 单位GDP能耗降低率 and 单位GDP能耗下降,
 * 规上工业增加值增长率 and 规上工业增加值增速. Used only when it points at one indicator.
 */
export function looseName(key: string): string {
  return withoutAreaOrCount(
    key
      // A bracket anywhere: 每千人口执业（助理）医师数 as the plan prints it is the draft's 每千人口执业医师数 (冯工).
      .replace(/[(（][^)）]*[)）]/g, '')
      .replace(/gdp/g, '地区生产总值')
      // The short forms a 统计公报 or a WPS sheet uses for a plan's full name (吴工: 研发投入强度, 单位GDP能耗降低 and
      // PM2.5年均浓度 had found nothing, for 研究与试验发展经费投入强度, 单位地区生产总值能源消耗降低 and
      // 细颗粒物（PM2.5）年均浓度). Still only where it reaches one indicator.
      .replace(/(?:研究与试验发展|r&d)(?:\(r&d\))?经费|研发经费/g, '研发')
      .replace(/能源消耗/g, '能耗')
      .replace(/细颗粒物(?:\(pm25\))?|pm25/g, 'pm25')
      .replace(/每(千|万)人口/g, '每$1人')
      .replace(/占(?:全区)?地区生产总值(?:的)?比重$/, '占地区生产总值比重')
      .replace(/(?:降低率|下降率|降幅|降低)$/, '下降')
      .replace(/(?:增长率|增长速度|增幅|增速)$/, '增长'),
  );
}

/** A rate's name without its verb, loosely: 单位GDP能耗降低率 and 单位GDP能耗下降 are both 单位地区生产总值能耗. */
function rateStem(key: string): string {
  return looseName(key).replace(/(?:增长|下降)$/, '');
}

/** Edit distance (insertions, deletions, substitutions), for "did you mean" hints only. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

export interface IndicatorMatcher {
  match(cell: string): IndicatorMatch;
}

export function indicatorMatcher(plan: Plan): IndicatorMatcher {
  // normalised name → indicator ids it may mean, and the display form for hints.
  const byName = new Map<string, Set<string>>();
  const display = new Map<string, string>();
  const add = (name: string | undefined, id: string) => {
    if (!name) return;
    const key = normalizeName(splitNameAndUnit(name).name);
    if (key === '') return;
    const ids = byName.get(key) ?? new Set<string>();
    ids.add(id);
    byName.set(key, ids);
    if (!display.has(key)) display.set(key, name);
  };
  for (const ind of plan.indicators) {
    add(ind.id, ind.id);
    add(ind.name.zh, ind.id);
    add(ind.name.en, ind.id);
  }
  // Names it is published under come after the plan's own, so an alias never takes a plan name's place.
  for (const ind of plan.indicators)
    for (const a of ind.aliases ?? []) {
      const key = normalizeName(splitNameAndUnit(a.zh).name);
      if (!byName.has(key)) add(a.zh, ind.id);
      if (a.en && !byName.has(normalizeName(splitNameAndUnit(a.en).name))) add(a.en, ind.id);
    }
  // Indicator names win over target names: only add a target's name when it is not already an indicator's.
  // A target that measures the indicator's level (level, share, a yearly quota's flow) names the indicator;
  // one that measures an increase or a growth rate does not — "新增注册企业4.5万户, 20000" is 20,000 new
  // firms, not the stock of firms — so its name is kept apart and refused with the reason.
  const indicatorKeys = new Set(byName.keys());
  const notLevel = new Map<
    string,
    { target: string; id: string; targetKind: 'increase' | 'growth'; falls: boolean; inflow?: string }
  >();
  const ids = new Set(plan.indicators.map((i) => i.id));
  const dynamicsOf = new Map(plan.indicators.map((i) => [i.id, i.dynamics]));
  /** A stock's inflow, or a running sum's flow, where it is one indicator (new_enterprises), not a formula. */
  const flowIndicator = (id: string): string | undefined => {
    const d = dynamicsOf.get(id);
    const flow = d?.kind === 'stock' ? d.inflow : d?.kind === 'cumulative' ? d.flow : undefined;
    return flow !== undefined && ids.has(flow.trim()) ? flow.trim() : undefined;
  };
  for (const t of plan.targets) {
    if (t.indicator === undefined) continue;
    for (const name of [t.name.zh, t.name.en]) {
      const key = name ? normalizeName(splitNameAndUnit(name).name) : '';
      if (!name || key === '' || indicatorKeys.has(key)) continue;
      if (t.kind === 'increase' || t.kind === 'growth') {
        const inflow = t.kind === 'increase' ? flowIndicator(t.indicator) : undefined;
        notLevel.set(key, {
          target: name,
          id: t.indicator,
          targetKind: t.kind,
          falls: (Array.isArray(t.value) ? t.value[0] : (t.value ?? 0)) < 0,
          ...(inflow && dynamicsOf.get(t.indicator)?.kind === 'stock' ? { inflow } : {}),
        });
      } else add(name, t.indicator);
    }
  }
  // Exact only: a figureless rate's name (…能耗下降) loosely is the indicator's own (…能耗), whose rows are read by
  // their figures.
  const figureless = addFigureless(plan, byName, notLevel, flowIndicator, add);
  const units = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  const falling = fallingIndicators(plan);
  // A growth or increase target's name, loosely and without its verb: 单位GDP能耗降低率 is the target
  // 单位GDP能耗下降, 规上工业增加值增速 the target 规上工业增加值 (a table's rate row, its verb dropped), before any
  // indicator its loose name also reaches. A stem two indicators' targets share reaches neither.
  const notLevelLoose = new Map<string, (typeof notLevel extends Map<string, infer V> ? V : never) | null>();
  for (const [key, m] of notLevel) {
    const stem = rateStem(key);
    notLevelLoose.set(stem, notLevelLoose.has(stem) && notLevelLoose.get(stem)?.id !== m.id ? null : m);
  }
  // The same names, loosely (looseName): an indicator reached by one loose name only.
  const byLoose = new Map<string, Set<string>>();
  for (const [key, ids] of byName) {
    const loose = looseName(key);
    byLoose.set(loose, new Set([...(byLoose.get(loose) ?? []), ...ids]));
  }
  // A running total and the yearly flow it sums share a loose name (全区固定资产投资（2021年起累计） and 全区固定资产投资,
  // brackets and area aside): a row named 固定资产投资 is the flow's yearly figures, as the target's note asks, not
  // a name two indicators share (a tester's row was refused as unknown).
  const flowOf = new Map(
    plan.indicators.flatMap((i) =>
      i.dynamics.kind === 'cumulative' ? [[i.id, i.dynamics.flow.trim()] as const] : [],
    ),
  );
  for (const ids of byLoose.values())
    for (const id of [...ids]) if (ids.size > 1 && ids.has(flowOf.get(id) ?? '')) ids.delete(id);
  // A yearly flow is published under its verb (新增城镇就业, 城镇新增就业人数) where the plan's target gave the verb to
  // the total (五年累计新增城镇就业3万人 → flow 城镇就业): those names reach the flow, and only a flow (a stock's 新增
  // is its increase, refused with the reason above).
  const flowKey = (key: string) =>
    looseName(key)
      .replace(/新增/g, '')
      .replace(/人数?$/, '');
  const flows = new Map<string, Set<string>>();
  for (const id of new Set(flowOf.values())) {
    const name = plan.indicators.find((i) => i.id === id)?.name.zh;
    if (!name) continue;
    const k = flowKey(normalizeName(splitNameAndUnit(name).name));
    flows.set(k, new Set([...(flows.get(k) ?? []), id]));
  }

  /** The one indicator a name reaches, with its unit. */
  const found = (ids: ReadonlySet<string>): IndicatorMatch => {
    const id = [...ids][0]!;
    return { kind: 'found', id, unit: units.get(id) ?? null };
  };

  return {
    match(cell: string): IndicatorMatch {
      const { name } = splitNameAndUnit(cell);
      const key = normalizeName(name);
      const ids = byName.get(key);
      if (ids?.size === 1) return found(ids);
      if (ids && ids.size > 1) return { kind: 'ambiguous', ids: [...ids].sort() };
      const measure =
        notLevel.get(key) ?? figureless.get(key) ?? notLevelLoose.get(rateStem(key)) ?? undefined;
      if (measure) return { kind: 'notLevel', ...measure };
      const loose = byLoose.get(looseName(key));
      if (loose?.size === 1) return found(loose);
      const flow = flows.get(flowKey(key));
      if (flow?.size === 1) return found(flow);
      // A rate named after an indicator the plan gave only a rate for (城乡居民人均可支配收入增速, for the plan's
      // 城乡居民人均可支配收入（指数，基期=1）): its yearly rates, as for its growth target's own name.
      const stem = rateStem(key);
      const indexed = stem !== looseName(key) ? byLoose.get(stem) : undefined;
      if (indexed && indexed.size === 1) {
        const id = [...indexed][0]!;
        if (units.get(id) === INDEX_UNIT)
          return { kind: 'notLevel', target: name, id, targetKind: 'growth', falls: falling.has(id) };
      }
      const scored = [...byName.keys()]
        .map((k) => ({ k, d: editDistance(key, k) }))
        // A third of the longer name: a Chinese name of 7 characters with one typed wrong and its 数 left off
        // (高新技朮企业 for 高新技术企业数) is 2 edits, which a quarter did not reach.
        .filter(({ k, d }) => d <= Math.max(1, Math.floor(Math.max(k.length, key.length) / 3)))
        .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
        .map(({ k }) => k);
      // A name within the plan's, or the plan's within it (研发经费投入强度 for the plan's 全社会研发经费投入强度):
      // too far apart for the edit distance, and the likeliest meaning.
      const widened =
        key.length >= 4
          ? [...byName.keys()]
              .filter((k) => k.length >= 4 && (k.includes(key) || key.includes(k)))
              .sort((a, b) => a.length - b.length || a.localeCompare(b))
          : [];
      // Not a name with a bracket after another hint's: its modelling part (…（几率 s/(1−s)）), not a choice.
      const all = [...new Set([...scored, ...widened])];
      const hints = all.filter((k) => !all.some((h) => k.startsWith(`${h}(`))).slice(0, 3);
      return { kind: 'unknown', suggestions: hints.map((k) => display.get(k) ?? k) };
    },
  };
}

type NotLevel = {
  target: string;
  id: string;
  targetKind: 'increase' | 'growth';
  falls: boolean;
  inflow?: string;
};

/**
 * A target's name without its figure, as a planner types it (targetNameWithoutFigure), reaches what the full name
 * does: a level target's indicator; for an increase or a growth, the refusal with its reason (returned, matched
 * exactly). A running sum's
 * target reaches the yearly flow it sums instead — a row of years gives a figure a year (培育高新技术企业 32, 28,
 * 35 are certifications, not totals since 2020). An increase of a stock without its verb too (五上企业 for
 * 净增“五上”企业200家) is the stock itself. Only names no indicator already has, loosely, and one indicator each.
 */
function addFigureless(
  plan: Plan,
  byName: ReadonlyMap<string, ReadonlySet<string>>,
  notLevel: ReadonlyMap<string, NotLevel>,
  flowIndicator: (id: string) => string | undefined,
  add: (name: string, id: string) => void,
): Map<string, NotLevel> {
  // A loose name two indicators share (医养结合康养机构 for the stock and its yearly additions) is no one's: the
  // target's name tells them apart.
  const loose = new Map<string, Set<string>>();
  for (const [key, ids] of byName)
    loose.set(looseName(key), new Set([...(loose.get(looseName(key)) ?? []), ...ids]));
  const taken = new Set([...loose].filter(([, ids]) => ids.size === 1).map(([k]) => k));
  const levels = new Map<string, { name: string; ids: Set<string> }>();
  const level = (name: string, id: string) => {
    const key = normalizeName(name);
    if (key.length < 2 || byName.has(key) || notLevel.has(key) || taken.has(looseName(key))) return;
    const had = levels.get(key) ?? { name, ids: new Set<string>() };
    levels.set(key, { name: had.name, ids: had.ids.add(id) });
  };
  const measures = new Map<string, NotLevel | null>();
  for (const t of plan.targets) {
    const name = targetNameWithoutFigure(t.name.zh);
    if (t.indicator === undefined || name === null) continue;
    const key = normalizeName(name);
    const sums = plan.indicators.find((i) => i.id === t.indicator)?.dynamics.kind === 'cumulative';
    const flow = sums ? flowIndicator(t.indicator) : undefined;
    if (flow !== undefined) level(name, flow);
    else if (t.kind === 'increase' || t.kind === 'growth') {
      const full = notLevel.get(normalizeName(splitNameAndUnit(t.name.zh).name));
      if (full && !byName.has(key))
        measures.set(key, measures.has(key) && measures.get(key)?.id !== full.id ? null : full);
      const verbless = name.replace(/^(?:新增|净增|增加)/, '');
      if (t.kind === 'increase' && !sums && verbless !== name) level(verbless, t.indicator);
    } else if (!sums) level(name, t.indicator);
  }
  for (const { name, ids } of levels.values()) if (ids.size === 1) add(name, [...ids][0]!);
  return new Map([...measures].filter((e): e is [string, NotLevel] => e[1] !== null && !notLevel.has(e[0])));
}
