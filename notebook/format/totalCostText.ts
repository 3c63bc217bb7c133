// A scenario's lever cost to the target year, as money: a total over the years, so a cost unit's "/年" is dropped
// (万元/年 per unit and year adds up to 万元). The levers' heading, the comparison and the report write it alike.
import { formatMoney } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

export function totalCostText(total: number, unit: string, lang: Lang): string {
  return formatMoney(total, unit.replace(/\/(年|yr|year)$/, ''), lang);
}
