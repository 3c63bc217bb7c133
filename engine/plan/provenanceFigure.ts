// The words that show where a number comes from, in one line: the figure as printed, the formula, the
// rationale, the published phrase with its publisher and document, or who entered it.
import type { Provenance } from './planSchema.ts';

export function provenanceFigure(p: Provenance): string {
  switch (p.kind) {
    case 'plan':
      return p.figure;
    case 'derived':
      return p.formula;
    case 'assumption':
      return p.rationale;
    case 'statistic':
      return `${p.publisher}《${p.document}》(${p.date}): “${p.phrase}” ${p.where}`;
    case 'entered':
      return ['entered', p.by, p.date, p.note].filter(Boolean).join(' · ');
  }
}
