// A legend's short line in a scenario's colour and dash, as its chart draws it (a square of colour alone had
// keyed a dashed line).
import type { LineStyle } from '../charts/scenarioLines.ts';
import { esc } from '../format/escape.ts';

export function swatchLine({ color, dash }: LineStyle): string {
  const d = dash ? ` stroke-dasharray="${esc(dash)}"` : '';
  return `<svg class="swatch-line" width="26" height="10" aria-hidden="true"><line x1="1" x2="25" y1="5" y2="5" stroke="${esc(color)}" stroke-width="3"${d}></line></svg>`;
}
