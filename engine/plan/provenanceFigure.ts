// The words that show where a number comes from, in one line: the figure as printed, the formula, the
// rationale, the published phrase with its publisher and document, or who entered it.
import type { Provenance } from './planSchema.ts';
import { proseText } from './proseText.ts';

/** `lang`: the language of a rationale or note written in both (a citation reads the Chinese by default). */
export function provenanceFigure(p: Provenance, lang: 'zh' | 'en' = 'zh'): string {
  switch (p.kind) {
    case 'plan':
      return p.figure;
    case 'derived':
      return p.formula;
    case 'assumption': {
      const on = p.basedOn ? provenanceFigure(p.basedOn, lang) : '';
      return on ? `${proseText(p.rationale, lang)} [${on}]` : proseText(p.rationale, lang);
    }
    case 'statistic':
      return `${p.publisher}《${p.document}》(${p.date}): “${p.phrase}” ${p.where}`;
    case 'entered':
      return ['entered', p.by, p.date, proseText(p.note, lang)].filter(Boolean).join(' · ');
  }
}
