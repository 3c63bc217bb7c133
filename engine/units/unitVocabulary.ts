// The units planners write, in one table: a magnitude prefix (十 百 千 万 亿 …) and a base (元 户 家 个 …),
// or one of a few whole units (%, 个百分点, 倍). Each base says what it measures — money grows at a rate,
// counts are stocks with entries and exits — which the plan generator uses to choose default dynamics.
// The extractor reads units from plan text with it (readUnit), the plan-table reader checks a unit cell
// against it (isKnownUnit); conversion between units is unitFactor.ts. Only units a target can be counted in
// are listed: 年, 月, 日 are dates, not units.
import { normalizeUnit, parseUnit } from './unitFactor.ts';

type BaseMeasure = 'money' | 'count' | 'other';

const BASES: Record<string, BaseMeasure> = {
  元: 'money',
  美元: 'money',
  户: 'count',
  家: 'count',
  个: 'count',
  人: 'count',
  人次: 'count',
  名: 'count',
  吨: 'other',
  标准煤: 'other',
  千瓦: 'other',
  千瓦时: 'other',
  平方米: 'other',
  平方公里: 'other',
  立方米: 'other',
  亩: 'other',
  公顷: 'other',
  公里: 'other',
  米: 'other',
  辆: 'count',
  件: 'count',
  台: 'count',
  套: 'count',
  张: 'count',
  床: 'count',
  项: 'count',
  场: 'count',
  条: 'count',
  座: 'count',
  所: 'count',
  处: 'count',
  次: 'count',
  岁: 'other',
  册: 'count',
  篇: 'count',
  部: 'count',
  间: 'count',
  栋: 'count',
  只: 'count',
  头: 'count',
  株: 'count',
  棵: 'count',
  标箱: 'other',
  吨标准煤: 'other',
  // Environmental targets: PM2.5 控制在35微克/立方米以内, 优良天数达到300天, 噪声…分贝.
  '微克/立方米': 'other',
  // The same written in symbols (30μg/m³以下): a target so written had been dropped without a word.
  'μg/m³': 'other',
  'μg/m3': 'other',
  'ug/m3': 'other',
  '毫克/立方米': 'other',
  分贝: 'other',
  克: 'other',
  公斤: 'other',
  // Durations and work (审批时间控制在60个工作日以内, 压缩至3天, 研发人员85人年): units of their own, not 个 or 人
  // of a count — a time is no stock of items with entries and exits, and 0.5个工作日 is not rounded.
  天: 'other',
  工作日: 'other',
  个工作日: 'other',
  个月: 'other',
  小时: 'other',
  人年: 'other',
};

const PREFIXES = ['', '十', '百', '千', '万', '十万', '百万', '千万', '亿', '十亿', '百亿', '千亿', '万亿'];

const WHOLE = ['%', '‰', '个百分点', '百分点', '倍'];

/** Every unit, longest first, so the first that matches is the longest (个百分点 before 个, 万亿元 before 万元). */
const UNITS: readonly string[] = [
  ...new Set([...WHOLE, ...PREFIXES.flatMap((p) => Object.keys(BASES).map((b) => p + b))]),
].sort((a, b) => b.length - a.length);

/**
 * The unit printed at `at` in `text`, or null. A unit per another (12立方米/万元, 0.4吨标准煤/万元, 30件/万人)
 * is read whole: cut at the slash, the figure would read as 12 立方米.
 */
export function readUnit(text: string, at: number): string | null {
  const unit = UNITS.find((u) => text.startsWith(u, at));
  if (unit === undefined || WHOLE.includes(unit)) return unit ?? null;
  const slash = at + unit.length;
  if (text[slash] !== '/' || unit.includes('/')) return unit;
  const per = UNITS.find((u) => text.startsWith(u, slash + 1) && !WHOLE.includes(u) && !u.includes('/'));
  return per === undefined ? unit : `${unit}/${per}`;
}

/** A share printed as a percentage in plan text (% or ‰). (Which units the formatters show as fractions × 100
 *  is isPercentUnit, engine/report/formatValue.ts.) */
export function isPrintedPercent(unit: string): boolean {
  return unit === '%' || unit === '‰';
}

/** Durations, which plans cut (审批时间压缩至60个工作日): the vocabulary's 天, 工作日, 个工作日, 个月, 小时. */
const DURATIONS = new Set(['天', '工作日', '个工作日', '个月', '小时']);

export function isDurationUnit(unit: string): boolean {
  return DURATIONS.has(normalizeUnit(unit));
}

/** A change of a share, in percentage points. */
export function isPointUnit(unit: string): boolean {
  return unit === '个百分点' || unit === '百分点';
}

/** A unit the plan-table reader knows: a magnitude and a known base, or a rate of two (件/万人, 家/年). */
export function isKnownUnit(unit: string): boolean {
  // A unit that is itself a ratio of two (微克/立方米) is known whole.
  if (Object.hasOwn(BASES, parseUnit(unit).base)) return true;
  return normalizeUnit(unit)
    .split('/')
    .every((part) => {
      if (part === '年') return true;
      const base = parseUnit(part).base;
      return Object.hasOwn(BASES, base) || WHOLE.includes(base);
    });
}

export type UnitClass = 'money' | 'count' | 'percent' | 'points' | 'other';

/** What a unit measures, for choosing default dynamics: money (亿元, 万美元), counts (家, 万户), %, points. */
export function unitClass(unit: string): UnitClass {
  if (isPrintedPercent(unit)) return 'percent';
  if (isPointUnit(unit)) return 'points';
  const base = parseUnit(unit.replace(/\/.*$/, '')).base;
  const measure = Object.hasOwn(BASES, base) ? BASES[base] : undefined;
  return measure === 'money' || measure === 'count' ? measure : 'other';
}
