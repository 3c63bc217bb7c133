// An indicator's base-year value when one is known: printed, published, entered, derived or assumed.
// `{unknown: true}` (基期待补) and an absent base both give undefined; callers never substitute a number.
import type { Indicator, KnownBase } from './planSchema.ts';

export function knownBase(ind: Pick<Indicator, 'base'>): KnownBase | undefined {
  const b = ind.base;
  return b !== undefined && 'value' in b ? b : undefined;
}

/** The base is declared unknown (基期待补), as opposed to merely absent (derived, cumulative). */
export function declaredUnknown(ind: Pick<Indicator, 'base'>): boolean {
  const b = ind.base;
  return b !== undefined && 'unknown' in b;
}
