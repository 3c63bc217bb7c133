// Okabe–Ito: eight colours told apart with every common colour-vision deficiency. A scenario keeps the colour
// and dash of its place in the comparison in every chart (scenarioLines.ts); status colours always come with a
// word and a mark.
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
