// One scenario, one line style, in every chart: a compared scenario is drawn in the colour and dash of its
// place in the comparison, as the comparison view draws it (基准 had been blue there and orange beside the
// current scenario in 指标详情). The current scenario takes the style of its own entry when it is in the
// comparison (and that entry is not drawn twice); otherwise blue alone, or black beside a comparison, a colour
// no compared scenario takes.
import { comparisonStyle, OKABE_ITO } from './palette.ts';

export interface LineStyle {
  color: string;
  /** A dash pattern ('' for a solid line). */
  dash: string;
}

export interface ScenarioLines {
  main: LineStyle;
  /**
   * One per compared key, in the order given: its style, or null where it is the current scenario itself. A key
   * not in the comparison (a chart cell's library scenario) takes the styles after the comparison's.
   */
  compared: (LineStyle | null)[];
}

/**
 * `current` is the current scenario's settings as JSON; `list` the comparison (key and settings as JSON, in
 * order); `keys` the compared runs to draw.
 */
export function scenarioLines(
  current: string,
  list: readonly { key: string; json: string }[],
  keys: readonly string[],
): ScenarioLines {
  const at = new Map(list.map((e, i) => [e.key, i]));
  const same = list.findIndex((e) => e.json === current);
  const main =
    same >= 0
      ? { color: comparisonStyle(same).color, dash: '' }
      : { color: keys.length > 0 ? OKABE_ITO.black : OKABE_ITO.blue, dash: '' };
  let extra = list.length;
  return {
    main,
    compared: keys.map((k) => {
      const i = at.get(k);
      if (i === undefined) return comparisonStyle(extra++);
      return i === same ? null : comparisonStyle(i);
    }),
  };
}
