// What a unit measures, for choosing default dynamics: money (亿元, 万美元) grows at a rate; counts (家, 万户,
// 个) are stocks with entries and exits; % is a share or a rate; 个百分点 a change of a share.
import { parseUnit } from '../actuals/unitFactor.ts';

export type UnitClass = 'money' | 'count' | 'percent' | 'points' | 'other';

const COUNT_BASES = new Set([
  '户',
  '家',
  '个',
  '人',
  '人次',
  '名',
  '辆',
  '件',
  '台',
  '套',
  '张',
  '床',
  '项',
  '场',
  '条',
  '座',
  '所',
  '处',
  '次',
  '册',
  '篇',
  '部',
  '间',
  '栋',
  '只',
  '头',
  '株',
  '棵',
]);

export function unitClass(unit: string): UnitClass {
  if (unit === '%' || unit === '‰') return 'percent';
  if (unit === '个百分点' || unit === '百分点') return 'points';
  const base = parseUnit(unit.replace(/\/.*$/, '')).base;
  if (base === '元' || base === '美元') return 'money';
  if (COUNT_BASES.has(base)) return 'count';
  return 'other';
}
