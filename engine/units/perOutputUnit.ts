// A quantity per 万元 of output (0.42吨标准煤/万元 of energy, 立方米/万元 of water, 吨/万元 of emissions): an
// intensity, which plans cut, never a level they want raised. Its spellings in plan tables and on the English
// page (吨标准煤/万元GDP, 吨标准煤/万元地区生产总值, tce/10k yuan) are one unit, written as the plan writes it, so
// that actuals pasted in either spelling convert and the English page names it (formatValue's tce per 10k yuan).
import { normalizeUnit } from './unitFactor.ts';

/** What a 万元 is of, in a per-output unit: the output named after it adds nothing to the unit. */
const OUTPUT = /\/(?:万元|10kyuan)(?:gdp|地区生产总值|工业增加值)?$/;

/** The per-output unit written the plan's way (吨标准煤/万元), or null when `unit` is none. */
export function perOutputUnit(unit: string): string | null {
  const u = normalizeUnit(unit);
  const m = OUTPUT.exec(u);
  if (!m) return null;
  const over = u.slice(0, m.index).replace(/^tce$/, '吨标准煤');
  return over === '' ? null : `${over}/万元`;
}
