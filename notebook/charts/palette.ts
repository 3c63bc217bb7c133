// Okabe–Ito: eight colours told apart with every common colour-vision deficiency. The main scenario is
// blue; compared scenarios take the next colours in order; status colours always come with a word and a mark.
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

/** Line colours for up to five scenarios on one chart: the current one, then up to four compared. */
export const SCENARIO_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
] as const;

export function scenarioColor(i: number): string {
  return SCENARIO_COLORS[i % SCENARIO_COLORS.length]!;
}

/**
 * The scenarios in a comparison (at most four): blue, orange, bluish green and reddish purple — the four
 * Okabe–Ito hues farthest apart under protanopia, deuteranopia and tritanopia (vermillion sits next to orange
 * and sky blue next to blue) — each with its own dash, so no two differ by colour alone.
 */
export const COMPARISON_STYLES = [
  { color: OKABE_ITO.blue, dash: '' },
  { color: OKABE_ITO.orange, dash: '7 3' },
  { color: OKABE_ITO.green, dash: '2 3' },
  { color: OKABE_ITO.purple, dash: '9 3 2 3' },
] as const;

export function comparisonStyle(i: number): { color: string; dash: string } {
  return COMPARISON_STYLES[i % COMPARISON_STYLES.length]!;
}
